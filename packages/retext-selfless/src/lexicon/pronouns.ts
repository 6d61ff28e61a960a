/** First-person singular: the writer speaking as an individual. */
export const firstPersonSingular: ReadonlySet<string> = new Set(['i', 'my', 'me', 'myself', 'mine', "i've", "i'd", "i'm", "i'll"])

/** First-person plural: the institutional voice, which is fine. */
export const firstPersonPlural: ReadonlySet<string> = new Set(['we', 'our', 'us', 'ourselves', "we've", "we're", "we'll"])

/** Third-person singular pronouns that may stand for an official already named. */
export const thirdPersonSingular: ReadonlySet<string> = new Set(['he', 'she', 'him', 'her', 'his', 'himself', 'herself'])
