"""``client.organization``: members, roles, invitations and notifications."""

from __future__ import annotations

from collections.abc import Sequence

from ango_hub._async.resources._base import AsyncResource, message_of
from ango_hub._validation import require_id, require_ids, require_text
from ango_hub_api.models.invitation_create import InvitationCreate
from ango_hub_api.models.invite import Invite
from ango_hub_api.models.invite_status import InviteStatus
from ango_hub_api.models.invites_delete import InvitesDelete
from ango_hub_api.models.notification_create import NotificationCreate
from ango_hub_api.models.organization_member import OrganizationMember
from ango_hub_api.models.organization_members_remove import OrganizationMembersRemove
from ango_hub_api.models.organization_role import OrganizationRole
from ango_hub_api.models.organization_role_update import OrganizationRoleUpdate
from ango_hub_api.models.organization_role_update_data import OrganizationRoleUpdateData
from ango_hub_api.models.organization_role_updates import OrganizationRoleUpdates
from ango_hub_api.models.project_assignment import ProjectAssignment
from ango_hub_api.operations import organization as ops
from ango_hub_api.types import UNSET, Unset


class AsyncOrganization(AsyncResource):
    """The organization: members, their roles, invitations, notifications.

    The organization ID is the ``organization`` field of any project.
    """

    async def list_members(self, organization_id: str) -> list[OrganizationMember]:
        """Every member of the organization."""
        response = await self._client._call(
            ops.list_organization_members, require_id("organization_id", organization_id)
        )
        return response.data.users

    async def set_roles(
        self, organization_id: str, roles: dict[str, OrganizationRole]
    ) -> OrganizationRoleUpdateData:
        """Set members' organization roles, given as ``{email: role}``; returns what changed."""
        if not roles:
            raise ValueError("roles must not be empty")
        body = OrganizationRoleUpdates(
            users=[
                OrganizationRoleUpdate(
                    email=require_id("email", email), organization_role=OrganizationRole(role)
                )
                for email, role in roles.items()
            ]
        )
        response = await self._client._call(
            ops.update_organization_member_roles, require_id("organization_id", organization_id), body=body
        )
        return response.data

    async def remove_members(self, organization_id: str, emails: Sequence[str]) -> str:
        """Remove members (by e-mail) from the organization. Returns the server's message."""
        body = OrganizationMembersRemove(users=require_ids("emails", emails))
        response = await self._client._call(
            ops.remove_organization_members, require_id("organization_id", organization_id), body=body
        )
        return message_of(response.data)

    async def list_invites(
        self, organization_id: str, *, status: InviteStatus | Unset = UNSET
    ) -> list[Invite]:
        """The organization's invitations, optionally only those with ``status``."""
        response = await self._client._call(
            ops.list_organization_invites, require_id("organization_id", organization_id), status=status
        )
        return response.data.invites

    async def invite(
        self,
        organization_id: str,
        emails: Sequence[str],
        role: OrganizationRole,
        *,
        projects: Sequence[ProjectAssignment] | Unset = UNSET,
    ) -> list[Invite]:
        """Invite people (by e-mail) with an organization role and, optionally, project roles."""
        body = InvitationCreate(
            to=require_ids("emails", emails),
            organization_role=OrganizationRole(role),
            project_assignments=list(projects) if not isinstance(projects, Unset) else UNSET,
        )
        response = await self._client._call(
            ops.invite_organization_members, require_id("organization_id", organization_id), body=body
        )
        return response.data.invites

    async def delete_invites(self, organization_id: str, emails: Sequence[str]) -> str:
        """Withdraw pending invitations (by e-mail). Returns the server's message."""
        body = InvitesDelete(invites=require_ids("emails", emails))
        response = await self._client._call(
            ops.delete_organization_invites, require_id("organization_id", organization_id), body=body
        )
        return message_of(response.data)

    async def notify(
        self,
        emails: Sequence[str],
        message: str,
        *,
        title: str | Unset = UNSET,
        link: str | Unset = UNSET,
    ) -> str:
        """Send an in-app notification to members (by e-mail). Returns the server's message."""
        require_text("message", message)
        if isinstance(link, str) and not link.startswith(("http://", "https://")):
            raise ValueError(f"link must be an absolute http(s) URL, got {link!r}")
        body = NotificationCreate(
            receivers=require_ids("emails", emails), message=message, title=title, clickable_link=link
        )
        response = await self._client._call(ops.send_notification, body=body)
        return message_of(response.data)
