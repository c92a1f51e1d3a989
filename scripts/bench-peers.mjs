// Other prose linters, each through its own public API, on the same texts.
import { createRequire } from 'node:module';

const require = createRequire(import.meta.url);

export async function loadPeers() {
  const alex = await import('alex');
  const writeGood = require('write-good');
  const { LocalLinter } = await import('harper.js');
  const { binaryInlined } = await import('harper.js/binaryInlined');
  const harper = new LocalLinter({ binary: binaryInlined });
  await harper.setup();
  const { unified } = await import('unified');
  const retextEnglish = (await import('retext-english')).default;
  const retextQuotes = (await import('retext-quotes')).default;
  const retext = unified().use(retextEnglish).use(retextQuotes).freeze();
  const { VFile } = await import('vfile');

  return [
    { name: 'alex.text', run: (text) => alex.text(text).messages.length },
    { name: 'alex.markdown', formats: ['markdown'], run: (text) => alex.markdown(text).messages.length },
    { name: 'write-good', run: (text) => writeGood(text).length },
    { name: 'harper.js', run: async (text, format) => (await harper.lint(text, { language: format === 'markdown' ? 'markdown' : 'plaintext' })).length },
    {
      name: 'retext+quotes',
      run: async (text) => {
        const file = new VFile(text);
        await retext.run(retext.parse(file), file);
        return file.messages.length;
      },
    },
  ];
}
