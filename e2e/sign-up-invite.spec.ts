// Journey A: a new person signs up (French UI), confirms their address from their mailbox, creates
// an organisation, invites a member of staff; the invitee opens the e-mailed link, signs up with
// that address, confirms it from their mailbox, comes back signed in to the invitation, accepts and
// lands in the organisation; the owner then sees the new member with the staff role.
import type { Page } from "playwright-core";
import { field, type Journey, mailTo, visible, waitPath } from "./lib.js";

/** Opens the newest confirmation link sent to `email` (after `since`), as its owner would. */
async function confirmAddress(page: Page, email: string, since: number): Promise<void> {
  const mail = await mailTo(email, { kind: "email_verification", since });
  const link = new URL(mail.link);
  await page.goto(link.pathname + link.search);
}

export default async function run(j: Journey): Promise<void> {
  const stamp = Date.now().toString(36);
  const owner = { name: "Claire Fontaine", email: `claire.${stamp}@cfa-exemple.fr`, password: "motdepasse-solide-42" };
  const invitee = { name: "Hugo Bernard", email: `hugo.${stamp}@cfa-exemple.fr`, password: "autre-motdepasse-42" };
  const organisation = `CFA du Numérique ${stamp}`;

  // 1. Sign up (French browser → French interface).
  const page = await j.newPage();
  await j.visit(page, "/sign-up", "sign-up", { shot: "a-01-sign-up-fr" });
  await visible(page.getByRole("heading", { level: 1, name: "Créer un compte" }));
  await field(page, "Nom").fill(owner.name);
  await field(page, "Adresse e-mail").fill(owner.email);
  await field(page, "Mot de passe").fill(owner.password);
  const signedUpAt = Date.now();
  await page.getByRole("button", { name: "Créer mon compte" }).click();
  await visible(page.getByRole("heading", { level: 1, name: "Confirmez votre adresse e-mail" }));
  await j.check(page, "sign-up: check your inbox", { shot: "a-01b-sign-up-check-inbox-fr" });
  await confirmAddress(page, owner.email, signedUpAt);
  await waitPath(page, "/");
  await visible(page.getByRole("heading", { level: 1, name: `Bonjour ${owner.name}` }));
  await j.check(page, "home without organisation", { shot: "a-02-home-no-organisation-fr" });

  // 2. Create the organisation.
  await page.getByRole("main").getByRole("link", { name: "Créer un établissement" }).click();
  await waitPath(page, "/organisations/new");
  await j.check(page, "new organisation", { shot: "a-03-new-organisation-fr" });
  await field(page, "Nom de l'établissement").fill(organisation);
  await page.getByRole("button", { name: "Créer l'établissement" }).click();
  await waitPath(page, "/");
  await visible(page.getByRole("main").getByText(organisation, { exact: true }));
  await visible(page.getByRole("main").getByText("Propriétaire", { exact: true }));
  // A new organisation's start page says what to do first: a journey from a template, a first survey.
  await visible(page.getByRole("region", { name: "À faire" }).getByText("Rien ne vous attend pour l'instant."));
  await visible(page.getByRole("main").getByRole("link", { name: "Créer un parcours à partir d'un modèle" }));
  await visible(page.getByRole("main").getByRole("link", { name: "Créer une première enquête" }));
  await j.check(page, "home with organisation", { shot: "a-03b-home-new-organisation-fr" });

  // 3. Administration → Membres: invite a member of staff.
  const nav = page.getByRole("navigation", { name: "Navigation principale" });
  await nav.getByRole("link", { name: "Membres" }).click();
  await waitPath(page, "/admin/members");
  await j.check(page, "members");
  const inviteSection = page.getByRole("region", { name: "Inviter un membre" });
  await field(inviteSection, "Adresse e-mail").fill(invitee.email);
  await inviteSection.getByRole("radio", { name: "Personnel" }).check();
  await inviteSection.getByRole("button", { name: "Envoyer l'invitation" }).click();
  const pending = page.getByRole("region", { name: "Invitations en attente" });
  await visible(pending.getByText(invitee.email, { exact: true }));
  await visible(pending.getByText("Personnel", { exact: true }));
  await j.check(page, "members with a pending invitation", { shot: "a-04-members-invitation-pending-fr" });

  // 4. The invitation link, from the invitee's mailbox; the outbox keeps nothing once SMTP is set.
  const { link } = await mailTo(invitee.email, { kind: "invitation" });
  await nav.getByRole("link", { name: "Boîte d'envoi" }).click();
  await waitPath(page, "/admin/outbox");
  await visible(page.getByText("Un serveur d'envoi est configuré", { exact: false }));
  await j.check(page, "outbox", { shot: "a-05-outbox-fr" });
  const invitationPath = new URL(link).pathname;
  if (!/^\/invitations\/[^/]+$/.test(invitationPath)) throw new Error(`unexpected invitation link ${link}`);

  // 5. The invitee, in another browser: open the link, create an account, accept.
  const guestPage = await j.newPage();
  await j.visit(guestPage, invitationPath, "invitation (signed out)", { shot: "a-06-invitation-signed-out-fr" });
  await guestPage.getByRole("main").getByRole("link", { name: "Créer un compte" }).click();
  await waitPath(guestPage, "/sign-up");
  await j.check(guestPage, "sign-up from invitation");
  await field(guestPage, "Nom").fill(invitee.name);
  await field(guestPage, "Adresse e-mail").fill(invitee.email);
  await field(guestPage, "Mot de passe").fill(invitee.password);
  const inviteeSignedUpAt = Date.now();
  await guestPage.getByRole("button", { name: "Créer mon compte" }).click();
  await visible(guestPage.getByRole("heading", { level: 1, name: "Confirmez votre adresse e-mail" }));
  await j.check(guestPage, "invitee: check your inbox");
  await confirmAddress(guestPage, invitee.email, inviteeSignedUpAt);
  await waitPath(guestPage, invitationPath);
  await visible(guestPage.getByText(`${owner.name} vous invite à rejoindre ${organisation} en tant que Personnel.`));
  await j.check(guestPage, "invitation (signed in)", { shot: "a-07-invitation-signed-in-fr" });
  await guestPage.getByRole("button", { name: "Accepter l'invitation" }).click();
  await waitPath(guestPage, "/");
  await visible(guestPage.getByRole("heading", { level: 1, name: `Bonjour ${invitee.name}` }));
  await visible(guestPage.getByRole("main").getByText(organisation, { exact: true }));
  await visible(guestPage.getByRole("main").getByText("Personnel", { exact: true }));
  await j.check(guestPage, "invitee home", { shot: "a-08-invitee-home-fr" });

  // 6. Back as the owner: the new member is listed with the staff role; no invitation pending.
  await page.getByRole("navigation", { name: "Navigation principale" }).getByRole("link", { name: "Membres" }).click();
  await waitPath(page, "/admin/members");
  await j.check(page, "members after acceptance", { shot: "a-09-members-after-acceptance-fr" });
  const row = page.getByRole("row").filter({ hasText: invitee.email });
  await visible(row);
  const role = row.getByLabel(`Rôle de ${invitee.name}`, { exact: true });
  const roleValue = (await role.count()) > 0 ? await role.inputValue() : await ((await row.getByRole("cell").nth(2).textContent()) ?? "");
  if (roleValue.trim() !== "Personnel") throw new Error(`the new member's role reads "${roleValue}", expected "Personnel"`);
  await visible(page.getByRole("region", { name: "Invitations en attente" }).getByText("Aucune invitation en attente."));
}
