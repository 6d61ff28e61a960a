/**
 * The MDX syntax extension (acorn and all), in its own module so the
 * command's bundle loads it only for `.mdx` files (see ../load-plugins.ts).
 */
export {default as remarkMdx} from 'remark-mdx'
