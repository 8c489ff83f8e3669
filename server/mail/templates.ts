/**
 * The text of every e-mail, in French and English. Plain text: no user content is ever
 * interpreted as markup.
 */
export type MailKind =
  | "invitation"
  | "guest_invitation"
  | "magic_link"
  | "password_reset"
  | "email_verification"
  | "sign_up_attempt"
  | "survey_invitation"
  | "survey_reminder"
  | "promoter_thanks"
  | "workshop_brief"
  | "workshop_update"
  | "workshop_cancelled"
  | "action_assigned";
export type MailLocale = "fr" | "en";
export type MailParams = Record<string, string>;

type Template = { subject: (p: MailParams) => string; body: (p: MailParams, link: string) => string };

const roleNames: Record<MailLocale, Record<string, string>> = {
  fr: { owner: "propriétaire", admin: "administrateur", manager: "responsable de formation", staff: "membre du personnel", viewer: "lecteur" },
  en: { owner: "owner", admin: "administrator", manager: "programme manager", staff: "staff member", viewer: "viewer" },
};

const templates: Record<MailLocale, Record<MailKind, Template>> = {
  fr: {
    invitation: {
      subject: (p) => `${p.inviter} vous invite à rejoindre ${p.organisation} sur Tutti`,
      body: (p, link) =>
        `Bonjour,\n\n${p.inviter} vous invite à rejoindre ${p.organisation} sur Tutti en tant que ${roleNames.fr[p.role ?? ""] ?? p.role}.\n\nPour accepter l'invitation, ouvrez ce lien (valable 14 jours) :\n${link}\n\nSi vous ne connaissez pas cette personne, ignorez ce message.\n\n— Tutti`,
    },
    guest_invitation: {
      subject: (p) => (p.workshop ? `${p.organisation} vous invite à l'atelier « ${p.workshop} »` : `${p.organisation} vous invite sur Tutti`),
      body: (p, link) =>
        `Bonjour,\n\n${p.inviter} (${p.organisation}) vous invite à ${
          p.workshop ? `participer à l'atelier « ${p.workshop} ».\n\nQuand : ${p.date}\nOù : ${p.location}\n\n` : "contribuer sur Tutti. "
        }Aucun mot de passe n'est nécessaire : ouvrez cette page, puis recevez d'un clic votre lien de connexion (valable 15 minutes) à cette adresse. La page reste valable, revenez-y quand vous voulez :\n${link}\n\n— Tutti`,
    },
    magic_link: {
      subject: () => "Votre lien de connexion à Tutti",
      body: (_p, link) =>
        `Bonjour,\n\nVoici votre lien de connexion à Tutti (valable 15 minutes, une seule fois) :\n${link}\n\nSi vous n'avez rien demandé, ignorez ce message.\n\n— Tutti`,
    },
    survey_invitation: {
      subject: (p) => `${p.organisation} : votre avis en deux minutes — ${p.survey}`,
      body: (p, link) =>
        `Bonjour${p.name ? ` ${p.name}` : ""},\n\n${p.organisation} aimerait connaître votre avis : « ${p.survey} ».\nCela prend environ deux minutes, depuis votre téléphone si vous voulez :\n${link}\n\n${p.anonymity}\n\nMerci !\n— ${p.organisation}, avec Tutti`,
    },
    survey_reminder: {
      subject: (p) => `Rappel : votre avis compte — ${p.survey}`,
      body: (p, link) =>
        `Bonjour${p.name ? ` ${p.name}` : ""},\n\nSi vous avez deux minutes, votre réponse à « ${p.survey} » nous aiderait beaucoup :\n${link}\n\nVous avez déjà répondu ? Alors merci, et ignorez ce message.\n— ${p.organisation}, avec Tutti`,
    },
    promoter_thanks: {
      subject: (p) => `Merci pour votre avis — ${p.organisation}`,
      body: (p, link) =>
        `Bonjour${p.name ? ` ${p.name}` : ""},\n\nMerci d'avoir répondu à « ${p.survey} » et de recommander ${p.organisation} : cela compte beaucoup pour toute l'équipe.\n${
          link ? `\nSi vous avez une minute, un avis de votre part aiderait d'autres personnes à nous connaître :\n${link}\n` : ""
        }\nVous recevez ce message parce que vous avez accepté d'être recontacté·e à propos de votre réponse.\n— ${p.organisation}, avec Tutti`,
    },
    email_verification: {
      subject: () => "Confirmez votre adresse e-mail pour Tutti",
      body: (_p, link) =>
        `Bonjour,\n\nPour confirmer votre adresse e-mail et vous connecter à Tutti, ouvrez ce lien (valable une heure) :\n${link}\n\nSi vous n'avez pas créé de compte, ignorez ce message.\n\n— Tutti`,
    },
    sign_up_attempt: {
      subject: () => "Quelqu'un a essayé de créer un compte Tutti avec votre adresse",
      body: (_p, link) =>
        `Bonjour,\n\nQuelqu'un vient d'essayer de créer un compte Tutti avec votre adresse e-mail. Vous avez déjà un compte : aucun nouveau compte n'a été créé et votre compte n'a pas changé.\n\nSi c'était vous et que vous avez oublié votre mot de passe, choisissez-en un nouveau ici :\n${link}\n\nSinon, ignorez ce message.\n\n— Tutti`,
    },
    password_reset: {
      subject: () => "Réinitialisation de votre mot de passe Tutti",
      body: (_p, link) =>
        `Bonjour,\n\nPour choisir un nouveau mot de passe, ouvrez ce lien (valable une heure) :\n${link}\n\nSi vous n'avez rien demandé, ignorez ce message : votre mot de passe reste inchangé.\n\n— Tutti`,
    },
    workshop_brief: {
      subject: (p) => `Atelier « ${p.title} » le ${p.date} : votre préparation`,
      body: (p, link) =>
        `Bonjour${p.name ? ` ${p.name}` : ""},\n\nVous participez à l'atelier « ${p.title} » organisé par ${p.organisation}.\n\nQuand : ${p.date}\nOù : ${p.location}\n\nObjectif :\n${p.objective}\n\nDéroulé :\n${p.agenda}\n\nPour préparer (cinq minutes suffisent) :\n${p.question}\n\nLe jour J, rejoignez la salle de l'atelier depuis votre navigateur :\n${link}\n\nL'invitation pour votre agenda est jointe (fichier .ics).\n\n— ${p.organisation}, avec Tutti`,
    },
    workshop_update: {
      subject: (p) => `Atelier « ${p.title} » : nouvelle date ou nouveau lieu — ${p.date}`,
      body: (p, link) =>
        `Bonjour${p.name ? ` ${p.name}` : ""},\n\nL'atelier « ${p.title} » organisé par ${p.organisation} change.\n\nQuand : ${p.date}${
          p.previousDate && p.previousDate !== p.date ? ` (au lieu de ${p.previousDate})` : ""
        }\nOù : ${p.location}${p.previousLocation && p.previousLocation !== p.location ? ` (au lieu de ${p.previousLocation})` : ""}\n\nLe jour J, rejoignez la salle de l'atelier depuis votre navigateur :\n${link}\n\nL'invitation jointe (fichier .ics) met à jour votre agenda.\n\n— ${p.organisation}, avec Tutti`,
    },
    workshop_cancelled: {
      subject: (p) => (p.removed ? `Atelier « ${p.title} » : vous n'y êtes plus convié·e` : `Atelier « ${p.title} » du ${p.date} : annulé`),
      body: (p) =>
        `Bonjour${p.name ? ` ${p.name}` : ""},\n\n${
          p.removed
            ? `Vous ne faites plus partie des participants de l'atelier « ${p.title} » (${p.date}) organisé par ${p.organisation}.`
            : `L'atelier « ${p.title} » prévu le ${p.date} par ${p.organisation} n'aura pas lieu à cette date.`
        }\n\nLe fichier .ics joint le retire de votre agenda.\n\n— ${p.organisation}, avec Tutti`,
    },
    action_assigned: {
      subject: (p) => `Action à mener : ${p.title}`,
      body: (p, link) =>
        `Bonjour${p.name ? ` ${p.name}` : ""},\n\n${p.by ? `${p.by} vous a confié` : "Vous est confiée"} une action d'amélioration (${p.organisation}) :\n\n« ${p.title} »\n${
          p.workshop ? `Décidée lors de l'atelier « ${p.workshop} »\n` : ""
        }Échéance : ${p.due}\n\n${link ? `Elle figure dans vos actions :\n${link}\n\n` : ""}— ${p.organisation}, avec Tutti`,
    },
  },
  en: {
    invitation: {
      subject: (p) => `${p.inviter} invites you to join ${p.organisation} on Tutti`,
      body: (p, link) =>
        `Hello,\n\n${p.inviter} invites you to join ${p.organisation} on Tutti as ${roleNames.en[p.role ?? ""] ?? p.role}.\n\nTo accept, open this link (valid for 14 days):\n${link}\n\nIf you do not know this person, ignore this message.\n\n— Tutti`,
    },
    guest_invitation: {
      subject: (p) => (p.workshop ? `${p.organisation} invites you to the workshop "${p.workshop}"` : `${p.organisation} invites you to Tutti`),
      body: (p, link) =>
        `Hello,\n\n${p.inviter} (${p.organisation}) invites you to ${
          p.workshop ? `take part in the workshop "${p.workshop}".\n\nWhen: ${p.date}\nWhere: ${p.location}\n\n` : "contribute on Tutti. "
        }No password is needed: open this page, then get your sign-in link (valid for 15 minutes) at this address in one click. The page stays valid, come back to it whenever you like:\n${link}\n\n— Tutti`,
    },
    magic_link: {
      subject: () => "Your Tutti sign-in link",
      body: (_p, link) =>
        `Hello,\n\nHere is your link to sign in to Tutti (valid for 15 minutes, once):\n${link}\n\nIf you did not ask for it, ignore this message.\n\n— Tutti`,
    },
    survey_invitation: {
      subject: (p) => `${p.organisation}: your opinion in two minutes — ${p.survey}`,
      body: (p, link) =>
        `Hello${p.name ? ` ${p.name}` : ""},\n\n${p.organisation} would like your opinion: "${p.survey}".\nIt takes about two minutes, on your phone if you like:\n${link}\n\n${p.anonymity}\n\nThank you!\n— ${p.organisation}, with Tutti`,
    },
    survey_reminder: {
      subject: (p) => `Reminder: your opinion matters — ${p.survey}`,
      body: (p, link) =>
        `Hello${p.name ? ` ${p.name}` : ""},\n\nIf you have two minutes, your answer to "${p.survey}" would help us a lot:\n${link}\n\nAlready answered? Thank you, and ignore this message.\n— ${p.organisation}, with Tutti`,
    },
    promoter_thanks: {
      subject: (p) => `Thank you for your feedback — ${p.organisation}`,
      body: (p, link) =>
        `Hello${p.name ? ` ${p.name}` : ""},\n\nThank you for answering "${p.survey}" and for recommending ${p.organisation}: it means a lot to the whole team.\n${
          link ? `\nIf you have a minute, a review from you would help others get to know us:\n${link}\n` : ""
        }\nYou are receiving this because you agreed to be contacted about your answer.\n— ${p.organisation}, with Tutti`,
    },
    email_verification: {
      subject: () => "Confirm your e-mail address for Tutti",
      body: (_p, link) =>
        `Hello,\n\nTo confirm your e-mail address and sign in to Tutti, open this link (valid for one hour):\n${link}\n\nIf you did not create an account, ignore this message.\n\n— Tutti`,
    },
    sign_up_attempt: {
      subject: () => "Someone tried to create a Tutti account with your address",
      body: (_p, link) =>
        `Hello,\n\nSomeone just tried to create a Tutti account with your e-mail address. You already have an account: no new account was created and yours has not changed.\n\nIf it was you and you forgot your password, choose a new one here:\n${link}\n\nOtherwise, ignore this message.\n\n— Tutti`,
    },
    password_reset: {
      subject: () => "Reset your Tutti password",
      body: (_p, link) =>
        `Hello,\n\nTo choose a new password, open this link (valid for one hour):\n${link}\n\nIf you did not ask for it, ignore this message: your password stays the same.\n\n— Tutti`,
    },
    workshop_brief: {
      subject: (p) => `Workshop "${p.title}" on ${p.date}: how to prepare`,
      body: (p, link) =>
        `Hello${p.name ? ` ${p.name}` : ""},\n\nYou are taking part in the workshop "${p.title}" run by ${p.organisation}.\n\nWhen: ${p.date}\nWhere: ${p.location}\n\nObjective:\n${p.objective}\n\nAgenda:\n${p.agenda}\n\nTo prepare (five minutes are enough):\n${p.question}\n\nOn the day, join the workshop room from your browser:\n${link}\n\nThe calendar invitation is attached (.ics file).\n\n— ${p.organisation}, with Tutti`,
    },
    workshop_update: {
      subject: (p) => `Workshop "${p.title}": new date or place — ${p.date}`,
      body: (p, link) =>
        `Hello${p.name ? ` ${p.name}` : ""},\n\nThe workshop "${p.title}" run by ${p.organisation} has changed.\n\nWhen: ${p.date}${
          p.previousDate && p.previousDate !== p.date ? ` (instead of ${p.previousDate})` : ""
        }\nWhere: ${p.location}${p.previousLocation && p.previousLocation !== p.location ? ` (instead of ${p.previousLocation})` : ""}\n\nOn the day, join the workshop room from your browser:\n${link}\n\nThe attached invitation (.ics file) updates your calendar.\n\n— ${p.organisation}, with Tutti`,
    },
    workshop_cancelled: {
      subject: (p) => (p.removed ? `Workshop "${p.title}": you are no longer invited` : `Workshop "${p.title}" on ${p.date}: cancelled`),
      body: (p) =>
        `Hello${p.name ? ` ${p.name}` : ""},\n\n${
          p.removed
            ? `You are no longer among the participants of the workshop "${p.title}" (${p.date}) run by ${p.organisation}.`
            : `The workshop "${p.title}" planned on ${p.date} by ${p.organisation} will not take place on that date.`
        }\n\nThe attached .ics file removes it from your calendar.\n\n— ${p.organisation}, with Tutti`,
    },
    action_assigned: {
      subject: (p) => `Action for you: ${p.title}`,
      body: (p, link) =>
        `Hello${p.name ? ` ${p.name}` : ""},\n\n${p.by ? `${p.by} has given you` : "You have been given"} an improvement action (${p.organisation}):\n\n"${p.title}"\n${
          p.workshop ? `Decided in the workshop "${p.workshop}"\n` : ""
        }Due: ${p.due}\n\n${link ? `It is in your actions:\n${link}\n\n` : ""}— ${p.organisation}, with Tutti`,
    },
  },
};

/** Renders one e-mail; unknown locales fall back to French. */
export function renderMail(kind: MailKind, locale: string | null | undefined, params: MailParams, link: string) {
  const lang: MailLocale = locale === "en" ? "en" : "fr";
  const template = templates[lang][kind];
  return { locale: lang, subject: template.subject(params), text: template.body(params, link) };
}
