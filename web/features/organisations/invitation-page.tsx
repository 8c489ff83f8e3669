import type React from "react";
import { useState } from "react";
import { Alert, Button, Group, Stack, Text } from "@mantine/core";
import { IconInfoCircle } from "@tabler/icons-react";
import { useMutation, useQuery, useQueryClient } from "@tanstack/react-query";
import { Link, getRouteApi, useNavigate } from "@tanstack/react-router";
import { useTranslation } from "react-i18next";
import { invitationsContract } from "../../../shared/contracts/invitations.js";
import { ErrorAlert } from "../../components/ui/error-alert";
import { Loading } from "../../components/ui/loading";
import { notifyError, notifySuccess } from "../../components/ui/notify";
import { call, isApiError } from "../../lib/api";
import { errorMessage } from "../../lib/error-message";
import { meQuery, queryKeys } from "../../lib/queries";
import { AuthLayout } from "../auth/auth-layout";
import { ResendVerificationButton } from "../auth/resend-verification";

const route = getRouteApi("/invitations/$invitationId");

/** Preview of an invitation to join an organisation, and the accept button. */
export function InvitationPage() {
  const { t } = useTranslation();
  const { invitationId } = route.useParams();
  const navigate = useNavigate();
  const queryClient = useQueryClient();
  const here = `/invitations/${encodeURIComponent(invitationId)}`;
  const [needsVerification, setNeedsVerification] = useState(false);

  const me = useQuery(meQuery);
  const preview = useQuery({
    queryKey: queryKeys.invitationPreview(invitationId),
    queryFn: () => call(invitationsContract.preview, { params: { invitationId } }),
    enabled: Boolean(me.data),
  });

  const accept = useMutation({
    mutationFn: () => call(invitationsContract.accept, { params: { invitationId } }),
    onSuccess: async () => {
      await queryClient.invalidateQueries();
      notifySuccess(t("invitation.accepted", { name: preview.data?.organisationName ?? "" }));
      // An outside guest lands on their own page; a member on the organisation's home.
      await navigate({ to: preview.data?.role === "guest" ? "/guest" : "/" });
    },
    onError: (error) => {
      // Only a confirmed address may accept: say so, and offer a new confirmation link.
      if (isApiError(error) && error.code === "email_not_verified") setNeedsVerification(true);
      else notifyError(errorMessage(t, error));
    },
  });

  const isSignedOut = me.isError && isApiError(me.error) && me.error.status === 401;

  let content: React.ReactNode;
  if (me.isPending || (me.data && preview.isPending)) {
    content = <Loading />;
  } else if (isSignedOut) {
    content = (
      <Stack>
        <Text>{t("invitation.signInFirst")}</Text>
        <Group>
          <Button renderRoot={(props) => <Link to="/sign-in" search={{ redirect: here }} {...props} />}>{t("invitation.signIn")}</Button>
          <Button variant="default" renderRoot={(props) => <Link to="/sign-up" search={{ redirect: here }} {...props} />}>
            {t("invitation.signUp")}
          </Button>
        </Group>
      </Stack>
    );
  } else if (me.isError) {
    content = <ErrorAlert error={me.error} />;
  } else if (preview.isError) {
    content = (
      <Stack>
        <ErrorAlert error={preview.error} message={isApiError(preview.error) && preview.error.status === 404 ? t("invitation.notFound") : undefined} />
        <Button variant="default" w="fit-content" renderRoot={(props) => <Link to="/" {...props} />}>
          {t("notFound.home")}
        </Button>
      </Stack>
    );
  } else if (preview.data && me.data) {
    const inv = preview.data;
    const isWrongEmail = inv.email.toLowerCase() !== me.data.user.email.toLowerCase();
    const problem = inv.status === "accepted" ? t("invitation.alreadyAccepted") : inv.status === "canceled" || inv.status === "rejected" ? t("invitation.canceled") : inv.isExpired ? t("invitation.expired") : isWrongEmail ? t("invitation.wrongEmail", { invited: inv.email, current: me.data.user.email }) : null;
    content = (
      <Stack>
        <Text>
          {inv.inviterName
            ? t("invitation.summaryBy", { inviter: inv.inviterName, organisation: inv.organisationName, role: t(`roles.${inv.role}`) })
            : t("invitation.summary", { organisation: inv.organisationName, role: t(`roles.${inv.role}`) })}
        </Text>
        <Text size="sm" c="dark.6">
          {t(`roleDescriptions.${inv.role}`)}
        </Text>
        {inv.guest && <Text>{t("invitation.purpose", { purpose: inv.guest.purpose })}</Text>}
        {problem ? (
          <Alert color="orange" icon={<IconInfoCircle aria-hidden />} role="status">
            {problem}
          </Alert>
        ) : needsVerification ? (
          <Stack>
            <Alert color="orange" icon={<IconInfoCircle aria-hidden />} role="status">
              {t("invitation.verifyFirst", { email: me.data.user.email })}
            </Alert>
            <ResendVerificationButton email={me.data.user.email} redirect={here} />
          </Stack>
        ) : (
          <Button onClick={() => accept.mutate()} loading={accept.isPending} w="fit-content">
            {t("invitation.accept")}
          </Button>
        )}
      </Stack>
    );
  }

  return <AuthLayout title={t("invitation.title")}>{content}</AuthLayout>;
}
