import { Stack } from "@mantine/core";
import { useTranslation } from "react-i18next";
import { pageRequiring, useActiveOrgId } from "../../components/ui/ability-guard";
import { PageHeader } from "../../components/ui/page-header";
import { TitledSection } from "../../components/ui/titled-section";
import { useMe } from "../../lib/queries";
import { GuestInvitationList } from "./guest-invitation-list";
import { InvitationList } from "./invitation-list";
import { InviteGuestForm } from "./invite-guest-form";
import { InviteMemberForm } from "./invite-member-form";
import { MemberTable } from "./member-table";

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
        <TitledSection id="members-list" title={t("members.listTitle")}>
          <MemberTable orgId={orgId} />
        </TitledSection>
      )}
      {canInvite && (
        <TitledSection id="pending-invitations" title={t("invitations.title")}>
          <InvitationList orgId={orgId} />
        </TitledSection>
      )}
      {canInviteGuest && (
        <TitledSection id="pending-guests" title={t("guestInvitations.title")}>
          <GuestInvitationList orgId={orgId} />
        </TitledSection>
      )}
      {canInvite && (
        <TitledSection id="invite-member" title={t("inviteMember.title")}>
          <InviteMemberForm orgId={orgId} />
        </TitledSection>
      )}
      {canInviteGuest && (
        <TitledSection id="invite-guest" title={t("inviteGuest.title")}>
          <InviteGuestForm orgId={orgId} />
        </TitledSection>
      )}
    </Stack>
  );
}

/** Members, pending invitations (members, then outside guests), and the two invitation forms. */
export const MembersPage = pageRequiring(["member.read", "guest.invite"], MembersContent);
