/** The reporters `--reporter` / `--format` accepts; kept apart so parsing args loads none of them. */
export const reporterNames = ['stylish', 'json', 'sarif', 'github', 'junit'] as const

export type ReporterName = (typeof reporterNames)[number]
