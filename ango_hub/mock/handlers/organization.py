"""The organization: members and their roles, invitations, notifications.

Every operation takes the organization id (the ``organization`` of any project or storage)
and answers 404 for any other id. The members are the users the store knows (see
:mod:`ango_hub.mock.state`): the owner of the API key (``admin``) and everyone added to a
project or assigned a task. Lists of e-mails are all or nothing: unknown e-mails fail the
request with 400 naming them, and nothing changes (role updates excepted, see below).

* Roles: ``admin`` or ``member`` (the official SDK's names; the current reference's
  ``Admin`` and ``Member`` are stored as those), or ``Guest``. Role updates are made member
  by member: the answer counts ``updated`` and ``failed`` and gives each e-mail's
  ``{email, success, message}``; unknown e-mails, and demoting the owner of the API key,
  fail. The owner of the API key cannot be removed either.
* Removing members also removes them from every project's members, and unassigns their
  tasks that are not completed. Removing someone removed before is a no-op.
* Invitations: ``{_id, email, organizationRole, status, projectAssignments, createdAt}``.
  Inviting a member fails (400); inviting someone with a pending invitation renews it (new
  role and project assignments, same id); every project of ``projectAssignments`` must exist
  (404). Deleting withdraws the pending invitations of the e-mails (withdrawing them again
  is a no-op); the mock never accepts or expires invitations by itself.
* Notifications go to members only; they are stored, with the sender (the owner of the API
  key), in ``state.records.notifications``.
"""

from __future__ import annotations

import copy

from ..state import OWNER_EMAIL, OWNER_ID, MockState
from ..web.errors import bad_request, unknown_reference
from ..web.handling import Json, handler, name_list
from ..web.validation import OperationRequest

__all__ = [
    "delete_organization_invites",
    "invite_organization_members",
    "list_organization_invites",
    "list_organization_members",
    "normalized_role",
    "remove_organization_members",
    "send_notification",
    "update_organization_member_roles",
]

_ROLE_NAMES = {"Admin": "admin", "Member": "member"}


def normalized_role(role: str) -> str:
    """Return a role as the mock stores it: ``admin``, ``member`` or ``Guest``."""
    return _ROLE_NAMES.get(role, role)


def _members(state: MockState) -> Json:
    return {"users": [state.users.view(user) for user in state.users.list()]}


def _check_members(state: MockState, emails: list[str], subject: str) -> None:
    unknown = [email for email in dict.fromkeys(emails) if email not in state.users.documents]
    if unknown:
        raise unknown_reference(f"{subject}: not members of the organization: {name_list(unknown)}")


@handler
def list_organization_members(state: MockState, request: OperationRequest) -> Json:
    """Every member, the owner of the API key first, then in the order they joined."""
    state.check_organization(request.path["organizationId"])
    return _members(state)


@handler
def update_organization_member_roles(state: MockState, request: OperationRequest) -> Json:
    """Set members' roles (by e-mail), member by member; answers each one's result."""
    state.check_organization(request.path["organizationId"])
    results: list[Json] = []
    for update in request.body["users"]:
        email, role = update["email"], normalized_role(update["organizationRole"])
        user = state.users.documents.get(email)
        if user is None:
            results.append({"email": email, "success": False, "message": "Not a member of the organization"})
        elif email == OWNER_EMAIL and role != "admin":
            results.append(
                {"email": email, "success": False, "message": "The owner of the API key stays admin"}
            )
        else:
            user["organizationRole"] = role
            results.append({"email": email, "success": True, "message": f"Role set to {role}"})
    updated = sum(1 for result in results if result["success"])
    return {"updated": updated, "failed": len(results) - updated, "results": results}


@handler
def remove_organization_members(state: MockState, request: OperationRequest) -> Json:
    """Remove members (by e-mail); see the module docstring."""
    state.check_organization(request.path["organizationId"])
    emails = list(dict.fromkeys(request.body["users"]))
    if OWNER_EMAIL in emails:
        raise bad_request("Invalid request body at 'users': the owner of the API key cannot be removed")
    pending = [email for email in emails if email not in state.users.removed]
    _check_members(state, pending, "Invalid request body at 'users'")
    for email in pending:
        state.remove_member(email)
    return {"message": f"{len(emails)} member(s) removed from the organization"}


@handler
def list_organization_invites(state: MockState, request: OperationRequest) -> Json:
    """The invitations (oldest first), only those with ``status`` when given."""
    state.check_organization(request.path["organizationId"])
    wanted = request.query.get("status")
    invites = [state.invites.view(invite) for invite in state.invites.list(status=wanted)]
    return {"invites": invites}


@handler
def invite_organization_members(state: MockState, request: OperationRequest) -> Json:
    """Invite people who are not members yet; answers the invitations sent, in order."""
    state.check_organization(request.path["organizationId"])
    body: Json = request.body
    emails = list(dict.fromkeys(body["to"]))
    members = [email for email in emails if email in state.users.documents]
    if members:
        raise bad_request(f"Invalid request body at 'to': already members: {name_list(members)}")
    assignments: list[Json] = copy.deepcopy(body.get("projectAssignments", []))
    for assignment in assignments:
        state.projects.require(assignment["projectId"])
    sent = []
    now = state.timestamp()
    for email in emails:
        invite = state.invites.pending(email)
        if invite is None:
            invite = state.invites.create(email)
        invite["organizationRole"] = normalized_role(body["organizationRole"])
        invite["projectAssignments"] = copy.deepcopy(assignments)
        invite["createdAt"] = now
        state.invites.withdrawn.discard(email)
        sent.append(state.invites.view(invite))
    return {"invites": sent}


@handler
def delete_organization_invites(state: MockState, request: OperationRequest) -> Json:
    """Withdraw the pending invitations of the e-mails; see the module docstring."""
    state.check_organization(request.path["organizationId"])
    emails = list(dict.fromkeys(request.body["invites"]))
    found = {email: state.invites.pending(email) for email in emails}
    unknown = [
        email for email, invite in found.items() if invite is None and email not in state.invites.withdrawn
    ]
    if unknown:
        raise unknown_reference(
            f"Invalid request body at 'invites': no pending invitation for {name_list(unknown)}"
        )
    for invite in found.values():
        if invite is not None:
            state.invites.withdraw(invite)
    return {"message": f"{len(emails)} invitation(s) deleted"}


@handler
def send_notification(state: MockState, request: OperationRequest) -> Json:
    """Store a notification to members (400 naming receivers who are not members)."""
    body: Json = request.body
    receivers = list(dict.fromkeys(body["receivers"]))
    _check_members(state, receivers, "Invalid request body at 'receivers'")
    notification: Json = {
        "_id": state.new_id(),
        "sender": OWNER_ID,
        "receivers": receivers,
        "message": body["message"],
        "createdAt": state.timestamp(),
    }
    for key in ("title", "clickableLink"):
        if key in body:
            notification[key] = body[key]
    state.records.add(state.records.notifications, notification)
    return {"message": f"Notification sent to {len(receivers)} member(s)"}
