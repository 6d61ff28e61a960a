/**
 * What the command's bundle takes from `yaml` (only YAML config files need
 * it), as a chunk loaded on first use (see ../lazy-yaml.ts).
 */
export {parseDocument} from 'yaml'
