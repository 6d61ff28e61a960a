/**
 * The HTML pipeline's unified plugins (parse5 and all), in one module so the
 * command's bundle loads them only for HTML files (see ../load-plugins.ts).
 */
export {default as rehypeParse} from 'rehype-parse'
export {default as rehypeRetext} from 'rehype-retext'
