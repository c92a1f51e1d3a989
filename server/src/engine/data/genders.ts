/**
 * What tells whether "he" or "she" may stand for someone: given names that are almost always one
 * or the other, and titles and descriptions that say. Names used for both (Jordan, Kelly, Andrea,
 * Jean) are in neither list, so a pronoun may stand for their bearer either way.
 */
const list = (names: string) => names.split(/\s+/).filter(Boolean);

export const FEMININE_GIVEN_NAMES: readonly string[] = list(`
Abby Abigail Agnes Alexandra Alexandria Alice Alicia Alison Allison Amanda Amber Amy Ana Angela Angelina Anita Ann Anna Anne Annie
April Ariana Ashley Audrey Barbara Beth Betty Beverly Brenda Bridget Britney Brooke Carla Carol Caroline Carolyn Carrie Catherine
Cathy Charlotte Chelsea Cheryl Christina Christine Cindy Claire Clara Claudia Cristina Crystal Cynthia Danielle Dawn Debbie Deborah
Debra Diana Diane Donna Doris Dorothy Elaine Eleanor Elena Elisabeth Elizabeth Ella Ellen Emily Emma Erica Erin Eva Evelyn Fatima
Fiona Frances Francesca Gabriela Gail Georgia Gina Giorgia Gloria Grace Gretchen Hailey Hannah Heather Heidi Helen Hillary Holly
Ilhan Irene Isabel Isabella Jacinda Jacqueline Jane Janet Janice Jen Jenna Jennifer Jenny Jessica Jill Joan Joanna Joy Joyce Judith
Judy Julia Julie Kamala Karen Kate Katherine Kathleen Kathryn Kathy Katie Katy Ketanji Kimberly Kristen Kristin Laura Lauren Leah
Linda Lindsay Lindsey Lisa Liz Lois Lori Louise Lucy Lupita Lydia Madison Margaret Maria Marie Marina Marissa Marjorie Martha Mary
Maureen Maxine Megan Meghan Melanie Melissa Mia Michaela Michelle Mila Molly Monica Nancy Naomi Natalie Natasha Nicole Nikki Nina
Nora Olga Olivia Pam Pamela Patricia Paula Peggy Penny Rachel Rebecca Regina Rosa Rose Ruby Ruth Sally Samantha Sandra Sara Sarah
Sharon Sheila Shirley Sofia Sonia Sophia Sophie Stacy Stephanie Sue Susan Suzanne Sylvia Tamara Tammy Tanya Teresa Theresa Tiffany
Tina Valerie Vanessa Vera Veronica Victoria Virginia Wendy Whitney Yasmin Zoe
Aisha Alejandra Amara Anjali Camila Daniela Esperanza Ines Lakshmi Layla Leila Lucia Mariana Neha Ngozi Paola Pooja Priya Valentina
Ximena Aditi Ananya Divya Kavita Meera Shreya Sunita Fatma Rania Salma Zainab Keiko Naoko Yoko Yumi Huong Adriana Beatriz Catalina
Graciela Guadalupe Leticia Lorena Marcela Maribel Marisol Martina Mercedes Renata Rocio Yolanda Amina Aminata Chiamaka Wangari
Agnieszka Katarzyna Oksana Olena Svetlana Tatiana Yulia Zuzana Aaliyah Jada Jasmine Kayla Keisha LaToya Monique Shanice Tamika Ebony
Kiara LaKeisha Rhonda Lorraine Dolores Giulia Rafaela Consuelo Araceli Mekdes Barb Bev Bonnie Deb Ethel Eunice Flo Gladys Hattie
Ida Irma Lottie Mabel Madge Maggie Marge Midge Myrtle Nell Rita Thelma Trish Trudy Wilma
Denise Patty Patti Sherry Wanda Gwen Darlene Marlene Arlene Charlene Jolene Glenda Melinda Belinda Rosalind Rosemary Roxanne
Yvonne Yvette Colette Jeanette Annette Lynette Bernadette Paulette Marcia Tricia Felicia Patrice Janelle Michele Rochelle Noelle
Estelle Dolly Polly Shelly Jodi Randi Terri Sheri Kari Tori
Stacey Tracey Elise Eloise Therese Francine Pauline Geraldine Josephine Kristine Justine Nadine Bernice Candice
Beatrice Kendra Cassandra Tonya Sonya Kelsey Ainsley Paisley Jocelyn Katelyn Kaitlyn Caitlin Kaylee Kylie Brianna Gianna
Arianna Alana Johanna Shayla Makayla Mikayla Jayla Lila Delilah Maya Mya Nia Tia Ava Chloe Aubrey Addison Brooklyn Madeline
Madelyn Abbie Allie Ally Ellie Emilia Everly Lauryn Serena Talia Tessa Vivian
Willow Zara Zoey Adele Agatha Alma Alta Beulah Blanche Cora Della Dora Edith Edna Elsie Esther Fannie Flora Frieda
Georgina Gertrude Greta Harriet Helene Hilda Inez Isabelle Jeannie Juanita Kathrine Lena Lenora Leona
Lillian Lorna Lucille Lula Mamie Marcella Margie Marguerite Marian Marianne Marilyn Marsha Mattie Maude Mavis Meredith Mildred
Minnie Miriam Muriel Myra Nellie Nettie Norma Ophelia Patsy Phyllis Priscilla Rena Roberta Rosalie Roslyn Sadie Selma Sybil
Tabitha Thea Velma Verna Viola Winifred Wilhelmina Angie Becky Bonita Carly Cecilia Celeste Deanna Dianne Eileen Elaina
Erika Esmeralda Gabrielle Ingrid Jaclyn Jasmin Jeanne Joann Joanne Josie Kara Karla Katrina Krista Kristi
Kristina Kristy Leanne Liza Lola Luz Lynda Mara Margarita Maritza Marla Melody Mindy Mona Nichole Noemi Patrica Rachael Raquel
Rebekah Renee Robyn Roxana Sabrina Shana Shawna Sheena Sonja Stella Susana Tara Teri Tonia Valeria Wendi Yesenia Zoila Aliyah
Imani Jazmine Kiana Latasha Latisha Lakisha Shaniqua Tameka Tanisha Tasha Kimberley
`);

export const MASCULINE_GIVEN_NAMES: readonly string[] = list(`
Aaron Abdul Adam Adrian Ahmed Aidan Alan Albert Alberto Alejandro Alexander Alexei Alfred Ali Allan Andreas Andrew Andy Anthony
Antonio Antony Arthur Austin Barack Barry Ben Benjamin Bernard Bernie Bill Billy Bob Bobby Boris Brad Bradley Brandon Brendan Brett
Brian Bruce Bryan Caleb Carl Carlos Charles Christian Christopher Chuck Clint Cody Colin Connor Craig Dale Dan Daniel Danny Dario
Darren Dave David Dean Denis Dennis Derek Dick Dmitry Dominic Don Donald Doug Douglas Dylan Ed Eddie Edward Eli Elijah Elon Emmanuel
Eric Erik Ethan Eugene Evan Felix Fernando Francis Francisco Frank Fred Frederick Gabriel Gareth Gary Gavin Gene George Gerald Glenn
Graham Greg Gregory Hamid Harold Harris Harry Hassan Henry Howard Hugh Hugo Hunter Ian Igor Isaac Ivan Jack Jackson Jacob Jake James
Jared Jason Javier Jay Jeff Jeffrey Jeremy Jerome Jerry Jesse Jim Jimmy Joe Joel Johann John Johnny Jon Jonathan Jorge Jose Joseph
Josh Joshua Juan Julian Justin Karl Keith Ken Kenneth Kevin Kirk Kurt Kyle Larry Lawrence Leo Leon Leonard Liam Logan Louis Lucas
Luis Luke Mahmoud Marco Marcus Mario Mark Martin Marty Mason Matt Matthew Max Michael Miguel Mike Mikhail Miles Mitch Mitchell
Mohammed Mohammad Muhammad Nathan Neil Nicholas Nick Noah Norman Oliver Omar Oscar Owen Patrick Paul Pedro Pete Peter Phil Philip
Phillip Rafael Ralph Randy Ray Raymond Rex Ricardo Richard Rick Rishi Rob Robert Roberto Roger Ron Ronald Ross Roy Russell Ryan
Samuel Scott Sean Sebastian Sergei Sergey Seth Shawn Simon Stanley Stephen Steve Steven Stuart Ted Theodore Thomas Tim Timothy Todd
Tom Tommy Tony Travis Trevor Troy Tyler Victor Vincent Vladimir Volodymyr Walter Wayne Wesley William Willie Xavier Yuri Yusuf Zachary
Andres Clarence Gustavo Hakeem Keir Luiz Narendra Olaf Randall Recep Ahmad Amit Arjun Chinua Cyril Deepak Diego Eduardo Emilio Hector
Hiroshi Ibrahim Imran Joaquin Jomo Kenji Khalid Kofi Kwame Mateo Naftali Rahul Raj Ramon Raul Ravi Sanjay Sergio Takeshi Thabo Tunde
Vivek Yair Yoav Aditya Anil Arun Ashok Gaurav Karan Manish Nikhil Pankaj Rajesh Ramesh Rohan Sachin Sandeep Sunil Suresh Varun Vijay
Vikram Vishal Abdullah Ayman Bilal Hamza Hussein Jamal Karim Mohamed Mustafa Nasser Rashid Samir Tariq Walid Youssef Amir Fumio Haruki
Kazuo Satoshi Shigeru Shinzo Tuan Alfonso Armando Cesar Cristian Enrique Ernesto Felipe Gerardo Guillermo Ignacio Jaime Nicolas
Octavio Pablo Rodrigo Rogelio Ruben Vicente Adebayo Chidi Chinedu Emeka Kwabena Mamadou Moussa Nnamdi Obinna Ousmane Aleksandr Andriy
Dmitri Marek Nikolai Pavel Piotr Tomasz Andre Cedric Darius Darnell Dwayne Jalen Kendrick Lamar Malik Marvin Maurice Quentin Reginald
Terrell Tyrone DeShawn Demetrius Jaylen Jayson Reggie Trevon Wendell Derrick Earl Wallace Roosevelt Alessandro Matteo Leonardo
Santiago Teodoro Thiago Joao João Jesús Efrain Efraín Josep Irakli Abebe Tesfaye Abe Arnie Grant Clyde Deandre Dewey Doyle Dwight
Elmer Ernie Floyd Gus Hank Homer Ike Jed Lenny Lester Lonnie Lyle Milt Nate Ned Otis Ozzie Percy Rocco Roscoe Rudy Rufus Sal
Shaquille Sid Sonny Stan Vern Vic Vince Virgil Wally Wes Zeke
Isaiah Dustin Darryl Darrell Daryl Leroy
Herb Hubert Wilbert Delbert Rusty Dusty Jeremiah Josiah Ezekiel Malachi Micah Tobias Silas
Ezra Nathaniel Zachariah Gideon Jasper Jaxon Jayden Brayden Aiden
Wyatt Brody Jace Kaden Maverick
Ronan Rowan Theo Tristan Beau Butch Cletus
Dewayne Dominick Elvis Fredrick Jerald
Johnnie
Arturo Benito Efren
Eliseo Emiliano Fidel Gonzalo Heriberto Humberto Jairo Leonel Lorenzo Marcos Mariano Mauricio Nestor Osvaldo Reynaldo Rigoberto
Ulises Wilfredo Demarcus Deshawn Jermaine Kareem Marquis Rashad Terrance Tyrell

`);

/** Titles and descriptions that say a woman: "Councilwoman", "Mrs.", "his wife". */
export const FEMININE_WORDS: readonly string[] = list(`
mrs. mrs ms. ms miss madam dame lady queen princess duchess countess empress baroness sister mother grandmother wife daughter aunt
niece girl woman businesswoman spokeswoman chairwoman congresswoman councilwoman alderwoman assemblywoman actress waitress
sportswoman policewoman anchorwoman forewoman widow girlfriend stepmother granddaughter mom
`);

/** Titles and descriptions that say a man: "Councilman", "Mr.", "her husband". */
export const MASCULINE_WORDS: readonly string[] = list(`
mr. mr sir lord king prince duke emperor baron brother father grandfather husband son uncle nephew boy man businessman spokesman
chairman congressman councilman alderman assemblyman policeman fireman anchorman foreman widower boyfriend stepfather grandson dad
`);
