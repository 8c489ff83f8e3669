/** The interface languages as Intl needs them, and the time zone dates are read in. */

/** The BCP 47 tag Intl formats with for an interface language: British English, else French of France (the default). */
export function localeTag(language: string | undefined): "en-GB" | "fr-FR" {
  return language === "en" ? "en-GB" : "fr-FR";
}

/**
 * The time zone of dates in e-mails, public pages and due dates. Organisations have no time zone
 * setting: the ones we serve are all in metropolitan France.
 */
export const defaultTimeZone = "Europe/Paris";
