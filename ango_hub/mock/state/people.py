"""The organization's members (users) and invitations."""

from __future__ import annotations

from .base import ORGANIZATION_ID, OWNER_ID, Clock, DocumentStore, Json, JsonList, StoreLock, copy_json

__all__ = ["InviteStore", "UserStore"]

#: What the API shows of a user (an ``OrganizationMember``).
_MEMBER_FIELDS = ("_id", "name", "email", "organizationRole", "lastActiveAt")


class UserStore(DocumentStore[Json]):
    """Every user the organization knows, by e-mail; each one is a member.

    Users are created on first sight (:meth:`ensure`); :meth:`get` and :meth:`require` take
    an id or an e-mail. Removing a member forgets the user and remembers the e-mail in
    :attr:`removed` (removing again is a no-op); what removing changes in the projects and
    tasks is :meth:`MockState.remove_member <ango_hub.mock.state.MockState.remove_member>`.
    """

    kind = "User"
    name = "users"

    def __init__(self, lock: StoreLock, clock: Clock, organization_id: str = ORGANIZATION_ID) -> None:
        super().__init__(lock, clock)
        self.organization_id = organization_id
        self.removed: set[str] = set()

    def ensure(
        self,
        email: str,
        *,
        name: str | None = None,
        user_id: str | None = None,
        role: str = "member",
    ) -> Json:
        """Return the user with this e-mail, making them a member (``role``) on first sight."""
        with self.lock:
            known = self.documents.get(email)
            if known is None:
                known = {
                    "_id": user_id or self.clock.new_id(),
                    "email": email,
                    "name": name or email.split("@", 1)[0].title(),
                    "organization": self.organization_id,
                    "organizationRole": role,
                }
                self.documents[email] = known
                self.removed.discard(email)
            return known

    def get(self, reference: str) -> Json | None:
        """Return the known user with this id or e-mail, or None."""
        with self.lock:
            if reference in self.documents:
                return self.documents[reference]
            return next((user for user in self.documents.values() if user["_id"] == reference), None)

    def list(self) -> JsonList:
        """Return every member, the owner of the API key first, then in the order they joined."""
        with self.lock:
            return list(self.documents.values())

    def view(self, user: Json) -> Json:
        """Return a user as the API shows it: an ``OrganizationMember`` (a copy)."""
        with self.lock:
            return {key: copy_json(user[key]) for key in _MEMBER_FIELDS if key in user}

    def forget(self, email: str) -> bool:
        """Forget a user (True), or do nothing for an unknown e-mail (False)."""
        with self.lock:
            if self.documents.pop(email, None) is None:
                return False
            self.removed.add(email)
            return True


class InviteStore(DocumentStore[Json]):
    """Invitations to the organization, by id; withdrawn ones are remembered by e-mail."""

    kind = "Invitation"
    name = "invites"

    def __init__(self, lock: StoreLock, clock: Clock) -> None:
        super().__init__(lock, clock)
        self.withdrawn: set[str] = set()

    def create(
        self,
        email: str,
        *,
        role: str = "member",
        project_assignments: JsonList | None = None,
        invited_by: str = OWNER_ID,
    ) -> Json:
        """Store a pending invitation of ``email`` (not withdrawn any more); return it."""
        with self.lock:
            invite: Json = {
                "_id": self.clock.new_id(),
                "email": email,
                "status": "pending",
                "invitedBy": invited_by,
                "organizationRole": role,
                "projectAssignments": project_assignments or [],
                "createdAt": self.clock.timestamp(),
            }
            self.documents[invite["_id"]] = invite
            self.withdrawn.discard(email)
            return invite

    def list(self, *, status: str | None = None) -> JsonList:
        """Return the invitations (with ``status``, when given), oldest first."""
        with self.lock:
            return [
                invite for invite in self.documents.values() if status is None or invite["status"] == status
            ]

    def view(self, invite: Json) -> Json:
        """Return an invitation as the API shows it (a copy): the store's ``invitedBy`` is not
        in the spec's ``Invite``."""
        with self.lock:
            return {key: copy_json(value) for key, value in invite.items() if key != "invitedBy"}

    def pending(self, email: str) -> Json | None:
        """The pending invitation of this e-mail, if any."""
        with self.lock:
            return next(
                (
                    invite
                    for invite in self.documents.values()
                    if invite["email"] == email and invite["status"] == "pending"
                ),
                None,
            )

    def withdraw(self, invite: Json) -> None:
        """Delete an invitation; its e-mail is remembered as withdrawn."""
        with self.lock:
            self.documents.pop(invite["_id"], None)
            self.withdrawn.add(invite["email"])
