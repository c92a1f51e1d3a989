/**
 * Common given names, used to tell a person's full name ("John Kirby") from other capitalised
 * pairs ("Yahoo Japan", "Vision Pro"). A name not listed is still a person when a title or an
 * occupation stands before it ("President Vladimir Putin"), so this list only raises confidence.
 * Projects with many names from elsewhere can extend it.
 */
export const GIVEN_NAMES: readonly string[] = `
Aaron Abby Abdul Abigail Adam Adrian Agnes Ahmed Aidan Alan Albert Alberto Alejandro Alex Alexander Alexandra Alexei Alexis Alfred
Ali Alice Allan Alicia Alison Allison Amanda Amber Amy Ana Andrea Andreas Andrew Andy Angela Angelina Anita Ann Anna Anne Annie Anthony
Antonio Antony April Ari Ariana Arthur Ashley Audrey Austin Barack Barbara Barry Ben Benjamin Bernard Bernie Beth Betty Beverly Bill
Billy Bob Bobby Boris Brad Bradley Brandon Brenda Brendan Brett Brian Bridget Britney Brooke Bruce Bryan Caleb Cameron Carl Carla
Carlos Carmen Carol Caroline Carolyn Carrie Casey Catherine Cathy Charles Charlie Charlotte Chelsea Cheryl Chris Christian Christina
Christine Christopher Chuck Cindy Claire Clara Claudia Clint Cody Colin Connor Craig Cristina Crystal Cynthia Dale Dan Dana Daniel
Danielle Danny Dario Darren Dave David Dawn Dean Debbie Deborah Debra Denis Dennis Derek Diana Diane Dick Dmitry Dominic Don Donald
Donna Doris Dorothy Doug Douglas Dylan Ed Eddie Edward Elaine Eleanor Elena Eli Elijah Elisabeth Elizabeth Ella Ellen Elon Emily
Emma Emmanuel Eric Erica Erik Erin Ethan Eugene Eva Evan Evelyn Fatima Felix Fernando Fiona Frances Francesca Francis Francisco Frank
Fred Frederick Gabriel Gabriela Gail Gareth Gary Gavin Gene George Georgia Gerald Gina Giorgia Glen Glenn Gloria Grace Graham Greg
Gregory Hailey Hamid Hannah Harold Harris Harry Hassan Heather Heidi Helen Henry Hillary Holly Howard Hugh Hugo Hunter Ian Igor Irene
Isaac Isabel Isabella Ivan Jack Jackie Jackson Jacob Jacqueline Jake James Jamie Jan Jane Janet Janice Jared Jason Javier Jay Jean
Jeff Jeffrey Jen Jenna Jennifer Jenny Jeremy Jerome Jerry Jesse Jessica Jill Jim Jimmy Jo Joan Joanna Joe Joel Johann John Johnny
Jon Jonathan Jordan Jorge Jose Joseph Josh Joshua Joy Joyce Juan Judith Judy Julia Julian Julie Justin Kamala Karen Karl Kate
Katherine Kathleen Kathryn Kathy Katie Kay Keith Kelly Ken Kenneth Kevin Kim Kimberly Kirk Kristen Kristin Kurt Kyle Larry Laura
Lauren Lawrence Leah Lee Leo Leon Leonard Leslie Liam Linda Lindsay Lindsey Lisa Liz Logan Lois Lori Louis Louise Lucas Lucy Luis
Luke Lupita Lydia Lynn Madison Mahmoud Marco Marcus Margaret Maria Marie Marina Mario Marion Marissa Mark Martha Martin Marty Mary
Mason Matt Matthew Maureen Max Maxine Megan Meghan Melanie Melissa Mia Michael Michaela Michelle Miguel Mike Mikhail Mila Miles
Mitch Mitchell Mohammed Mohammad Molly Monica Muhammad Nancy Naomi Natalie Natasha Nathan Neil Nicholas Nick Nicola Nicole Nikki
Nina Noah Noel Nora Norman Olga Oliver Olivia Omar Oscar Owen Pam Pamela Pat Patricia Patrick Paul Paula Pedro Peggy Penny Pete
Peter Phil Philip Phillip Rachel Rafael Ralph Randy Ray Raymond Rebecca Regina Rex Ricardo Richard Rick Rishi Rob Robert Roberto
Robin Roger Ron Ronald Rosa Rose Ross Roy Ruby Russell Ruth Ryan Sally Sam Samantha Samuel Sandra Sara Sarah Scott Sean Sebastian
Sergei Sergey Seth Shannon Sharon Shawn Sheila Shirley Simon Sofia Sophia Sophie Stacy Stanley Stephanie Stephen Steve Steven Stuart
Sue Susan Suzanne Sylvia Tamara Tammy Tanya Ted Teresa Terry Theodore Theresa Thomas Tiffany Tim Timothy Tina Todd Tom Tommy Tony
Tracy Travis Trevor Troy Tyler Valerie Vanessa Vera Veronica Victor Victoria Vincent Virginia Vladimir Volodymyr Walter Wayne Wendy
Wesley Whitney William Willie Xavier Yasmin Yuri Yusuf Zachary Zoe
Alexandria Andres Clarence Gretchen Gustavo Hakeem Ilhan Jacinda Katy Keir Ketanji Luiz Marjorie Narendra Olaf Randall Recep Sonia
Ahmad Aisha Akira Alejandra Amara Amit Anjali Arjun Camila Chinua Cyril Daniela Deepak Diego Eduardo Emilio Esperanza Femi Hector Hiroshi
Ibrahim Imran Ines Joaquin Jomo Kenji Khalid Kofi Kwame Lakshmi Layla Leila Lucia Mariana Mateo Naftali Neha Ngozi Paola Pooja Priya
Rahul Raj Ramon Raul Ravi Sanjay Sergio Takeshi Thabo Tunde Valentina Vivek Wei Ximena Yair Yoav Yuki
Aditi Aditya Ananya Anil Arun Ashok Divya Gaurav Karan Kavita Kiran Manish Meera Nikhil Pankaj Rajesh Ramesh Rohan Sachin Sandeep
Shreya Sunil Sunita Suresh Varun Vijay Vikram Vishal
Abdullah Ayman Bilal Fatma Hamza Hussein Jamal Karim Mohamed Mustafa Nasser Nour Rania Rashid Salma Sami Samir Tariq Walid Youssef
Zainab Amir
Fumio Haruki Kazuo Keiko Makoto Naoko Satoshi Shigeru Shinzo Yoko Yumi Anh Linh Minh Thanh Tuan Huong
Adriana Alfonso Armando Beatriz Catalina Cesar Cristian Enrique Ernesto Felipe Gerardo Graciela Guadalupe Guillermo Ignacio
Jaime Leticia Lorena Marcela Maribel Marisol Martina Mercedes Nicolas Octavio Pablo Renata Rocio Rodrigo Rogelio Rosario Ruben
Vicente Yolanda
Adebayo Amina Aminata Chiamaka Chidi Chinedu Emeka Kelechi Kwabena Mamadou Moussa Nnamdi Obinna Oluwaseun Ousmane Tendai Wangari
Agnieszka Aleksandr Andriy Dmitri Katarzyna Marek Nikolai Oksana Olena Pavel Piotr Svetlana Tatiana Tomasz Yulia Zuzana
Aaliyah Andre Cedric Darius Darnell Dwayne Imani Jada Jalen Jasmine Kayla Keisha Kendrick LaToya Lamar Malik Marvin Maurice Monique
Quentin Reginald Shanice Tamika Terrell Tyrone
DeShawn Demetrius Ebony Jaylen Jayson Kiara LaKeisha Reggie Rhonda Trevon Wendell Derrick Earl Lorraine Wallace Dolores Roosevelt
Alessandro Giulia Matteo Leonardo Santiago Teodoro Thiago Joao João Rafaela Consuelo Lupe Araceli Jesús Efrain Efraín
Josep Nino Irakli Selam Abebe Tesfaye Mekdes
Abe Arnie Barb Bev Grant Bonnie Clyde Deandre Deb Dewey Doyle Dwight Elmer Ernie Ethel Eunice Flo Floyd Gert Gladys Gus Hank Hattie Homer Ida
Ike Irma Jed Lenny Lester Lonnie Lottie Lou Lyle Mabel Madge Maggie Marge Mel Merle Mickey Midge Milt Myrtle Nate Ned Nell Ollie
Otis Ozzie Percy Rita Rocco Roscoe Rudy Rufus Sal Shaquille Sid Sonny Stan Thelma Trish Trudy Ty Vern Vic Vince Virgil Viv Wally
Wes Wilma Zeke
Denise Patty Patti Sherry Wanda Gwen Darlene Marlene Arlene Charlene Jolene Glenda Melinda Belinda Rosalind Rosemary Roxanne
Yvonne Yvette Colette Jeanette Annette Lynette Bernadette Paulette Marcia Tricia Felicia Patrice Janelle Michele Rochelle Noelle
Estelle Dolly Polly Shelly Jodi Jody Randi Terri Sheri Kari Tori
Stacey Tracey Elise Eloise Therese Francine Pauline Geraldine Josephine Kristine Justine Nadine Bernice Candice
Beatrice Kendra Cassandra Tonya Sonya Kelsey Ainsley Paisley Jocelyn Katelyn Kaitlyn Caitlin Kaylee Kylie Brianna Gianna
Arianna Alana Johanna Shayla Makayla Mikayla Jayla Lila Delilah Maya Mya Nia Tia Ava Chloe Aubrey Addison Brooklyn Madeline
Madelyn Abbie Allie Ally Ellie Emilia Everly Lauryn Serena
Skylar Talia Tessa Vivian Willow Zara Zoey Adele Agatha Alma Alta Beulah Blanche Cora Della Dora Edith Edna Elsie
Esther Fannie Flora Frieda Georgina Gertrude Greta Harriet Helene Hilda Inez Isabelle Jeannie Juanita
Kathrine Lena Lenora Leona Lillian Lorna Lucille Lula Mamie Marcella Margie Marguerite Marian Marianne Marilyn Marsha
Mattie Maude Mavis Meredith Mildred Minnie Miriam Muriel Myra Nellie Nettie Norma Ophelia Patsy Phyllis Priscilla Rena
Roberta Rosalie Roslyn Sadie Selma Sybil Tabitha Thea Velma Verna Viola Winifred Wilhelmina Angie Becky Bonita Carly Cecilia
Celeste Deanna Dianne Eileen Elaina Erika Esmeralda Gabrielle Ingrid Jaclyn Jasmin Jeanne Jessie Joann
Joanne Josie Kara Karla Katrina Krista Kristi Kristina Kristy Leanne Liza Lola Luz Lynda Mara Margarita Maritza Marla Melody Mindy
Mona Nichole Nikita Noemi Patrica Rachael Raquel Rebekah Renee Robyn Roxana Sabrina Shana Shawna Sheena Sonja Stella Susana Tara
Teri Tonia Valeria Wendi Yesenia Zoila Aliyah Jazmine Kiana Latasha Latisha Lakisha Shaniqua Tameka Tanisha Tasha
Kimberley Isaiah Dustin Darryl Darrell Daryl Leroy
Herb Hubert Wilbert Delbert Rusty Dusty Jeremiah Josiah Ezekiel Malachi Micah Tobias Silas
Ezra Nathaniel Zachariah Gideon Jasper Jaxon Jayden Brayden Aiden
Wyatt Brody Jace Kai Kaden
Maverick Ronan Rowan Theo Tristan Beau Butch
Cletus Dewayne Dominick Elvis Fredrick
Jerald Jody Johnnie

Arturo Benito Efren Eliseo Emiliano Fidel Gonzalo Heriberto Humberto Jairo Leonel Lorenzo Marcos Mariano Mauricio
Nestor Osvaldo Reynaldo Rigoberto Ulises Wilfredo Demarcus Deshawn Jermaine Kareem Marquis Rashad
Terrance Tyrell
`.split(/\s+/).filter(Boolean);
