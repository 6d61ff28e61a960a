/**
 * A unified pipeline of your own: Markdown in, findings out.
 *
 * remark-parse reads the Markdown, remark-frontmatter keeps the YAML front
 * matter out of the prose, remark-retext hands the prose (not the code, not
 * the markup) to a retext-english processor that runs retext-selfless, and
 * vfile-reporter prints the findings.
 */
import remarkFrontmatter from 'remark-frontmatter'
import remarkParse from 'remark-parse'
import remarkRetext from 'remark-retext'
import remarkStringify from 'remark-stringify'
import retextEnglish from 'retext-english'
import retextSelfless from 'retext-selfless'
import {read} from 'to-vfile'
import {unified} from 'unified'
import {reporter} from 'vfile-reporter'

const file = await unified()
  .use(remarkParse)
  .use(remarkFrontmatter)
  .use(
    remarkRetext,
    unified()
      .use(retextEnglish)
      .use(retextSelfless, {institution: 'The Saddar Municipal Committee'})
  )
  .use(remarkStringify)
  .process(await read('press-note.md'))

console.log(reporter(file, {color: false}))
