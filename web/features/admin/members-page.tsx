import { Stack, Title } from "@mantine/core";
import { useTranslation } from "react-i18next";
import { PageHeader } from "../../components/ui/page-header";
import { useMe } from "../../lib/queries";
import { GuestInvitationList } from "./guest-invitation-list";
import { InvitationList } from "./invitation-list";
import { InviteGuestForm } from "./invite-guest-form";
import { InviteMemberForm } from "./invite-member-form";
import { MemberTable } from "./member-table";
import { RequireAbility, useActiveOrgId } from "./require-ability";

function MembersContent() {
  const { t } = useTranslation();
  const me = useMe();
  const orgId = useActiveOrgId();
  const canInvite = me.abilities.includes("member.invite");
  const canInviteGuest = me.abilities.includes("guest.invite");

  return (
    <Stack gap="xl">
      <PageHeader title={t("members.title")} description={t("members.description")} />
      {me.abilities.includes("member.read") && (
        <section aria-labelledby="members-list">
          <Title order={2} size="h3" id="members-list" mb="sm">
            {t("members.listTitle")}
          </Title>
          <MemberTable orgId={orgId} />
        </section>
      )}
      {canInvite && (
        <section aria-labelledby="pending-invitations">
          <Title order={2} size="h3" id="pending-invitations" mb="sm">
            {t("invitations.title")}
          </Title>
          <InvitationList orgId={orgId} />
        </section>
      )}
      {canInviteGuest && (
        <section aria-labelledby="pending-guests">
          <Title order={2} size="h3" id="pending-guests" mb="sm">
            {t("guestInvitations.title")}
          </Title>
          <GuestInvitationList orgId={orgId} />
        </section>
      )}
      {canInvite && (
        <section aria-labelledby="invite-member">
          <Title order={2} size="h3" id="invite-member" mb="sm">
            {t("inviteMember.title")}
          </Title>
          <InviteMemberForm orgId={orgId} />
        </section>
      )}
      {canInviteGuest && (
        <section aria-labelledby="invite-guest">
          <Title order={2} size="h3" id="invite-guest" mb="sm">
            {t("inviteGuest.title")}
          </Title>
          <InviteGuestForm orgId={orgId} />
        </section>
      )}
    </Stack>
  );
}

/** Members, pending invitations (members, then outside guests), and the two invitation forms. */
export function MembersPage() {
  return (
    <RequireAbility anyOf={["member.read", "guest.invite"]}>
      <MembersContent />
    </RequireAbility>
  );
}
