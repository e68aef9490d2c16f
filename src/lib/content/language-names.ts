/** A language's name in English for messages to the author (`de` → `German`), from Intl.DisplayNames; the code itself when unknown. */
export function languageName(code: string, inLanguage = 'en'): string {
  try {
    return new Intl.DisplayNames([inLanguage], { type: 'language' }).of(code) ?? code;
  } catch {
    return code;
  }
}

/** A language's own name for the switcher (`de` → `Deutsch`, `ar` → `العربية`), capitalised as it starts a label. */
export function endonym(code: string): string {
  const name = languageName(code, code);
  return name.charAt(0).toLocaleUpperCase(code) + name.slice(1);
}
