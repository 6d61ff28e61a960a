/**
 * The Markdown pipeline's unified plugins, in one module so the command's
 * bundle can load them on first use (see ../load-plugins.ts).
 */
export {default as remarkFrontmatter} from 'remark-frontmatter'
export {default as remarkGfm} from 'remark-gfm'
export {default as remarkParse} from 'remark-parse'
export {default as remarkRetext} from 'remark-retext'
