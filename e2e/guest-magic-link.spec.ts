// Journey B: the demo programme manager invites an outside guest (intervenant) with the guest form;
// the invitation shows as pending (the name typed, a "pending" badge) — no membership yet; the owner
// sees no sign-in link in the outbox; the guest, in a fresh browser, opens the invitation e-mail's
// welcome page, asks for a sign-in link in one click, opens it from their mailbox, lands on the
// invitation, accepts it, arrives on /guest with the organisation and the purpose, and sees no
// administration; only then does the owner's members list show them.
import { demo, field, type Journey, signIn, signInAsInvitedGuest, visible, waitPath } from "./lib.js";

export default async function run(j: Journey): Promise<void> {
  const stamp = Date.now().toString(36);
  const guest = { name: "Nadia Rousseau", email: `nadia.${stamp}@agence-exemple.fr` };
  const purpose = `Bilan semestriel du Master Marketing Digital (${stamp})`;

  // 1. Marie (manager) invites the guest.
  const manager = await j.newPage();
  await signIn(j, manager, { email: demo.manager.email, password: demo.password }, { shot: "b-01-sign-in-fr" });
  await j.check(manager, "manager home");
  const nav = manager.getByRole("navigation", { name: "Navigation principale" });
  if ((await nav.getByRole("heading", { name: "Administration" }).count()) > 0) throw new Error("a manager should not see the Administration section");
  await nav.getByRole("link", { name: "Inviter des intervenants" }).click();
  await waitPath(manager, "/admin/members");
  await j.check(manager, "manager invite guests", { shot: "b-02-invite-guest-fr" });
  const form = manager.getByRole("region", { name: "Inviter un intervenant / tuteur / financeur" });
  await field(form, "Nom").fill(guest.name);
  await field(form, "Adresse e-mail de l'invité").fill(guest.email);
  await field(form, "Type d'invité").click();
  await manager.getByRole("option", { name: "Intervenant", exact: true }).click();
  if ((await field(form, "Type d'invité").inputValue()) !== "Intervenant") throw new Error("the guest kind was not selected");
  await field(form, "Objet de l'invitation").fill(purpose);
  await form.getByRole("button", { name: "Inviter", exact: true }).click();
  await visible(manager.getByText(`${guest.name} est invité ; un lien a été envoyé à ${guest.email}.`));
  // Pending until the guest opens it: listed with the name typed and a "pending" badge.
  const pending = manager.getByRole("region", { name: "Invités en attente" });
  await visible(pending.getByText(guest.name, { exact: true }));
  await visible(pending.getByText(guest.email, { exact: true }));
  await visible(pending.getByText("En attente", { exact: true }).first());
  await visible(pending.getByText(purpose, { exact: true }));
  await j.check(manager, "manager after inviting", { shot: "b-02b-pending-guest-fr" });

  // 2. Sophie (owner): the e-mails left for the guest's mailbox; no sign-in link in the outbox.
  const owner = await j.newPage();
  await signIn(j, owner, { email: demo.owner.email, password: demo.password });
  await j.check(owner, "owner home");
  await owner.getByRole("navigation", { name: "Navigation principale" }).getByRole("link", { name: "Boîte d'envoi" }).click();
  await waitPath(owner, "/admin/outbox");
  await visible(owner.getByText("Un serveur d'envoi est configuré", { exact: false }));
  await j.check(owner, "owner outbox", { shot: "b-03-outbox-fr" });
  if (((await owner.getByRole("main").textContent()) ?? "").includes("magic-link/verify")) throw new Error("the outbox shows a sign-in link");

  // 3. The guest, in a fresh browser, from their mailbox: the welcome page, one click, the sign-in
  // link (15 minutes) → the invitation, with its purpose → accept → /guest, no administration.
  const guestPage = await j.newPage();
  await signInAsInvitedGuest(j, guestPage, guest.email, { shot: "b-04-guest-welcome-fr" });
  await waitPath(guestPage, /^\/invitations\//);
  await visible(guestPage.getByText(`Objet de l'invitation : ${purpose}`, { exact: true }));
  await j.check(guestPage, "guest invitation", { shot: "b-04b-guest-invitation-fr" });
  await guestPage.getByRole("button", { name: "Accepter l'invitation" }).click();
  await waitPath(guestPage, "/guest");
  await visible(guestPage.getByRole("heading", { level: 1, name: `Bienvenue ${guest.name}` }));
  const grant = guestPage.getByRole("region", { name: "Vos invitations" });
  await visible(grant.getByRole("heading", { name: demo.organisation }));
  await visible(grant.getByText(purpose, { exact: true }));
  await visible(grant.getByText(`Intervenant · invité par ${demo.manager.name}`, { exact: false }));
  await j.check(guestPage, "guest page", { shot: "b-05-guest-page-fr" });
  const guestNav = guestPage.getByRole("navigation", { name: "Navigation principale" });
  await visible(guestNav.getByRole("link", { name: "Mon invitation" }));
  for (const name of ["Administration"]) {
    if ((await guestPage.getByRole("heading", { name }).count()) > 0) throw new Error(`the guest sees the "${name}" heading`);
  }
  for (const name of ["Membres", "Paramètres", "Journal d'audit", "Boîte d'envoi", "Inviter des intervenants"]) {
    if ((await guestNav.getByRole("link", { name }).count()) > 0) throw new Error(`the guest sees the "${name}" link`);
  }
  // Typing an administration address sends the guest back to their page.
  await guestPage.goto("/admin/members");
  await waitPath(guestPage, "/guest");
  await j.check(guestPage, "guest page after /admin/members");

  // 4. Now a member: the owner's members list shows the guest, with the purpose.
  await owner.getByRole("navigation", { name: "Navigation principale" }).getByRole("link", { name: "Membres" }).click();
  await waitPath(owner, "/admin/members");
  await j.check(owner, "owner members with guest");
  const row = owner.getByRole("row").filter({ hasText: guest.email });
  await visible(row.getByText("Invité externe", { exact: true }));
  await visible(row.getByText(purpose, { exact: false }));
}
