/**
 * The chrome of the public survey pages in French and English (question texts come from the
 * survey itself), and the choice of the respondent's language: `?lang`, then Accept-Language,
 * among the survey's languages, else its first one.
 */

export type PageLocale = "fr" | "en";

const fr = {
  required: "obligatoire",
  requiredNote: "Les questions marquées « obligatoire » doivent être remplies pour envoyer vos réponses.",
  // What the first screen says is kept, and who sees it: one text per case (survey-form.tsx, PrivacyNotice).
  anonymous:
    "Ce questionnaire est anonyme : vos réponses ne sont rattachées ni à votre nom, ni à votre adresse e-mail, ni à votre adresse IP, et ne sont datées que du mois. L'organisme qui le mène les lit sans savoir de qui elles viennent. Les scores ne sont montrés que par groupes d'au moins {n} personnes.",
  anonymousInvited:
    "Vous avez reçu ce lien par une invitation personnelle : l'organisme saura que vous avez répondu, mais pas quelles réponses sont les vôtres, et seulement par groupes d'au moins {k} personnes. D'ici là, vous pourriez encore recevoir une relance.",
  anonymousComments: "Vos commentaires sont lus tels quels : n'y mettez pas votre nom si vous voulez rester anonyme.",
  confidential:
    "Ce questionnaire n'est pas anonyme : vos réponses sont rattachées à votre adresse {email}, avec le jour de votre réponse. L'organisme qui le mène peut les lire avec votre adresse. Les scores ne sont montrés que par groupes d'au moins {n} personnes.",
  confidentialConsent: "En bas de page, vous choisissez s'il peut vous recontacter au sujet de vos réponses.",
  publicLink:
    "Vous répondez par le lien public, sans invitation personnelle : vos réponses ne sont rattachées ni à votre nom, ni à votre adresse e-mail, ni à votre adresse IP. Sont gardés avec elles le jour de votre réponse et la langue de cette page. Quand peu de personnes répondent, cela peut suffire à vous reconnaître.",
  publicLinkReaders:
    "L'organisme qui mène ce questionnaire peut lire chaque réponse. Les scores ne sont montrés que par groupes d'au moins {n} personnes. N'écrivez pas votre nom dans vos commentaires si vous ne voulez pas être reconnu·e.",
  npsLow: "Pas du tout probable",
  npsHigh: "Très probable",
  satisfactionLow: "Pas du tout satisfait·e",
  satisfactionHigh: "Très satisfait·e",
  effortLow: "Très peu d'effort",
  effortHigh: "Énormément d'effort",
  yes: "Oui",
  no: "Non",
  severalAnswers: "Plusieurs réponses possibles.",
  textHint: "5 000 caractères au plus.",
  consent: "J'accepte d'être recontacté·e au sujet de mes réponses.",
  save: "Enregistrer et finir plus tard",
  submit: "Envoyer mes réponses",
  errorTitle: "Erreur",
  scaleEnd: "{n} : {label}",
  errorSummary: "Vos réponses n'ont pas été envoyées. Corrigez ces points :",
  errRequired: "Répondez à cette question.",
  errRange: "Choisissez une valeur de {min} à {max}.",
  errOption: "Choisissez parmi les réponses proposées.",
  errTooLong: "Votre texte est trop long (5 000 caractères au plus).",
  errInvalid: "Cette réponse n'est pas valide.",
  resumeNotice: "Vos réponses sont enregistrées. Ajoutez cette page à vos favoris pour finir plus tard.",
  thanksTitle: "Merci !",
  thanksBody: "Vos réponses ont bien été enregistrées. Vous pouvez fermer cette page.",
  alreadyTitle: "Vous avez déjà répondu, merci",
  alreadyBody: "Votre réponse à ce questionnaire est déjà enregistrée : il n'est possible de répondre qu'une fois.",
  notFoundTitle: "Questionnaire introuvable",
  notFoundBody: "Ce lien ne correspond à aucun questionnaire ouvert. Vérifiez l'adresse, ou demandez un nouveau lien à l'organisme qui vous l'a envoyé.",
  closedTitle: "Ce questionnaire est clos",
  closedBody: "Il n'est plus possible d'y répondre. Merci de votre intérêt.",
  notOpenTitle: "Ce questionnaire n'est pas encore ouvert",
  notOpenBody: "Il sera ouvert à partir du {date}.",
  otherLanguage: "English",
};

const en: typeof fr = {
  required: "required",
  requiredNote: "Questions marked “required” must be answered before you send your answers.",
  anonymous:
    "This survey is anonymous: your answers are linked neither to your name, nor to your e-mail address, nor to your IP address, and are dated by the month only. The organisation running it reads them without knowing who gave them. Scores are only shown for groups of at least {n} people.",
  anonymousInvited:
    "You received this link in a personal invitation: the organisation will know that you answered, but not which answers are yours, and only for groups of at least {k} people at a time. Until then, you may still get a reminder.",
  anonymousComments: "Your comments are read as written: leave your name out if you want to stay anonymous.",
  confidential:
    "This survey is not anonymous: your answers are linked to your address {email}, along with the day you answered. The organisation running it can read them with your address. Scores are only shown for groups of at least {n} people.",
  confidentialConsent: "At the bottom of the page, you choose whether it may contact you about your answers.",
  publicLink:
    "You are answering through the public link, without a personal invitation: your answers are linked neither to your name, nor to your e-mail address, nor to your IP address. The day you answered and the language of this page are kept with them. When few people answer, that may be enough to recognise you.",
  publicLinkReaders:
    "The organisation running this survey can read each answer. Scores are only shown for groups of at least {n} people. Do not write your name in your comments if you do not want to be recognised.",
  npsLow: "Not at all likely",
  npsHigh: "Extremely likely",
  satisfactionLow: "Very dissatisfied",
  satisfactionHigh: "Very satisfied",
  effortLow: "Very little effort",
  effortHigh: "A great deal of effort",
  yes: "Yes",
  no: "No",
  severalAnswers: "You may choose several answers.",
  textHint: "5,000 characters at most.",
  consent: "I agree to be contacted about my answers.",
  save: "Save and finish later",
  submit: "Send my answers",
  errorTitle: "Error",
  scaleEnd: "{n}: {label}",
  errorSummary: "Your answers were not sent. Please correct the following:",
  errRequired: "Please answer this question.",
  errRange: "Choose a value from {min} to {max}.",
  errOption: "Choose among the answers offered.",
  errTooLong: "Your text is too long (5,000 characters at most).",
  errInvalid: "This answer is not valid.",
  resumeNotice: "Your answers are saved. Bookmark this page to finish later.",
  thanksTitle: "Thank you!",
  thanksBody: "Your answers have been recorded. You may close this page.",
  alreadyTitle: "You have already answered, thank you",
  alreadyBody: "Your answer to this survey is already recorded: it can only be answered once.",
  notFoundTitle: "Survey not found",
  notFoundBody: "This link does not lead to an open survey. Check the address, or ask the organisation that sent it for a new link.",
  closedTitle: "This survey is closed",
  closedBody: "It can no longer be answered. Thank you for your interest.",
  notOpenTitle: "This survey is not open yet",
  notOpenBody: "It opens on {date}.",
  otherLanguage: "Français",
};

export type Messages = typeof fr;
export const messages: Record<PageLocale, Messages> = { fr, en };

/** Replaces {name} placeholders. */
export function format(template: string, values: Record<string, string | number>): string {
  return template.replace(/\{(\w+)\}/g, (whole, name: string) => (name in values ? String(values[name]) : whole));
}

const isPageLocale = (value: unknown): value is PageLocale => value === "fr" || value === "en";

/** The respondent's language among the survey's: ?lang, then Accept-Language (by q), then the survey's first. */
export function pickLocale(available: readonly string[], queryLang: string | undefined, acceptLanguage: string | undefined): PageLocale {
  const offered = available.filter(isPageLocale);
  if (offered.length === 0) return "fr";
  if (isPageLocale(queryLang) && offered.includes(queryLang)) return queryLang;
  const ranked = (acceptLanguage ?? "")
    .split(",")
    .map((part, index) => {
      const [tag = "", ...params] = part.trim().toLowerCase().split(";");
      const q = params.map((p) => p.trim()).find((p) => p.startsWith("q="));
      return { lang: tag.split("-")[0] ?? "", q: q ? Number(q.slice(2)) || 0 : 1, index };
    })
    .filter((entry) => entry.q > 0)
    .sort((a, b) => b.q - a.q || a.index - b.index);
  for (const { lang } of ranked) if (isPageLocale(lang) && offered.includes(lang)) return lang;
  return offered[0] as PageLocale;
}

/** A survey text in the respondent's language, falling back to the other one. */
export function localized(text: Record<string, string | undefined>, locale: PageLocale): string {
  return text[locale] || text[locale === "fr" ? "en" : "fr"] || "";
}
