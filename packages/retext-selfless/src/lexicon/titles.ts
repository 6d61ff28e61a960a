/**
 * Official titles: the words that make a phrase refer to an individual
 * official rather than to an institution. Each title names the institution
 * whose voice a rewrite should use instead.
 *
 * `words` are lowercased; `abbreviations` must be written in capitals to count
 * (`DC`, not `dc`), because short lowercase forms are common English (`ac`).
 */
export interface Title {
  words: readonly string[]
  abbreviations?: readonly string[]
  institution: string
}

const district = 'The District Administration'
const police = 'The police'
const department = 'The department'

export const titles: readonly Title[] = [
  {words: ['deputy', 'commissioner'], abbreviations: ['DC', 'D.C.'], institution: district},
  {words: ['additional', 'deputy', 'commissioner'], abbreviations: ['ADC'], institution: district},
  {words: ['district', 'commissioner'], institution: district},
  {words: ['district', 'development', 'commissioner'], abbreviations: ['DDC'], institution: district},
  {words: ['divisional', 'commissioner'], institution: 'The divisional administration'},
  {words: ['commissioner'], institution: district},
  {words: ['chief', 'commissioner'], institution: district},
  {words: ['assistant', 'commissioner'], abbreviations: ['AC'], institution: district},
  {words: ['additional', 'commissioner'], institution: district},
  {words: ['municipal', 'commissioner'], institution: 'The municipal corporation'},
  {words: ['collector'], institution: district},
  {words: ['district', 'collector'], institution: district},
  {words: ['district', 'magistrate'], abbreviations: ['DM'], institution: district},
  {words: ['sub-divisional', 'magistrate'], abbreviations: ['SDM'], institution: 'The sub-divisional administration'},
  {words: ['sub', 'divisional', 'magistrate'], institution: 'The sub-divisional administration'},
  {words: ['additional', 'district', 'magistrate'], abbreviations: ['ADM'], institution: district},
  {words: ['tehsildar'], institution: 'The tehsil administration'},
  {words: ['block', 'development', 'officer'], abbreviations: ['BDO'], institution: 'The block administration'},
  {words: ['chief', 'development', 'officer'], abbreviations: ['CDO'], institution: district},
  {words: ['chief', 'executive', 'officer'], institution: department},
  {words: ['chief', 'medical', 'officer'], abbreviations: ['CMO'], institution: 'The health department'},
  {words: ['district', 'health', 'officer'], abbreviations: ['DHO'], institution: 'The health department'},
  {words: ['district', 'education', 'officer'], abbreviations: ['DEO'], institution: 'The education department'},
  {words: ['secretary'], institution: department},
  {words: ['chief', 'secretary'], institution: 'The government'},
  {words: ['additional', 'chief', 'secretary'], abbreviations: ['ACS'], institution: department},
  {words: ['principal', 'secretary'], institution: department},
  {words: ['director', 'general'], abbreviations: ['DG'], institution: department},
  {words: ['deputy', 'director'], institution: department},
  {words: ['senior', 'superintendent', 'of', 'police'], abbreviations: ['SSP'], institution: police},
  {words: ['superintendent', 'of', 'police'], abbreviations: ['SP'], institution: police},
  {words: ['deputy', 'superintendent', 'of', 'police'], abbreviations: ['DSP'], institution: police},
  {words: ['assistant', 'superintendent', 'of', 'police'], abbreviations: ['ASP'], institution: police},
  {words: ['district', 'police', 'officer'], abbreviations: ['DPO'], institution: police},
  {words: ['city', 'police', 'officer'], abbreviations: ['CPO'], institution: police},
  {words: ['capital', 'city', 'police', 'officer'], abbreviations: ['CCPO'], institution: police},
  {words: ['regional', 'police', 'officer'], abbreviations: ['RPO'], institution: police},
  {words: ['chief', 'traffic', 'officer'], abbreviations: ['CTO'], institution: 'The traffic police'},
  {words: ['city', 'traffic', 'officer'], institution: 'The traffic police'},
  {words: ['station', 'house', 'officer'], abbreviations: ['SHO'], institution: police},
  {words: ['inspector', 'general'], abbreviations: ['IG', 'IGP'], institution: police},
  {words: ['inspector', 'general', 'of', 'police'], abbreviations: ['IGP'], institution: police},
  {words: ['deputy', 'inspector', 'general'], abbreviations: ['DIG'], institution: police},
  {words: ['commissioner', 'of', 'police'], abbreviations: ['CP'], institution: police},
  {words: ['police', 'commissioner'], institution: police},
  {words: ['chief', 'of', 'police'], institution: police},
  {words: ['police', 'chief'], institution: police},
  {words: ['chief', 'constable'], institution: police},
  {words: ['chief', 'commissioner', 'of', 'police'], institution: police},
  // Indonesian police chiefs, kept untranslated in the force's English releases.
  {words: ['kapolri'], institution: police},
  {words: ['kapolda'], institution: police},
  {words: ['kapolres'], institution: police},
  {words: ['kapolresta'], institution: police},
  {words: ['kapolrestabes'], institution: police},
  {words: ['kapolsek'], institution: police}
]

/**
 * Words that may stand before a title without changing who is meant
 * ("the", "our", "district"), read while walking left from a title.
 */
export const titleDeterminers: ReadonlySet<string> = new Set(['the', 'our', 'your', 'their', 'his', 'her', 'worthy', "hon'ble", 'honourable', 'respected'])
