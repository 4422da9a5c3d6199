"""The organization's members (users) and invitations."""

from __future__ import annotations

from ..web.errors import not_found
from .base import ORGANIZATION_ID, Clock, Json, Store, StoreLock

__all__ = ["InviteStore", "UserStore"]


class UserStore(Store):
    """Every user the organization knows, by e-mail; each one is a member.

    Users are created on first sight (:meth:`user`); removing a member forgets the user and
    remembers the e-mail in :attr:`removed` (removing again is a no-op).
    """

    def __init__(self, lock: StoreLock, clock: Clock, organization_id: str = ORGANIZATION_ID) -> None:
        super().__init__(lock, clock)
        self.organization_id = organization_id
        self.users: dict[str, Json] = {}
        self.removed: set[str] = set()

    def user(
        self,
        email: str,
        *,
        name: str | None = None,
        user_id: str | None = None,
        role: str = "member",
    ) -> Json:
        """Return the user with this e-mail, making them a member (``role``) on first sight."""
        with self.lock:
            known = self.users.get(email)
            if known is None:
                known = {
                    "_id": user_id or self.clock.new_id(),
                    "email": email,
                    "name": name or email.split("@", 1)[0].title(),
                    "organization": self.organization_id,
                    "organizationRole": role,
                }
                self.users[email] = known
                self.removed.discard(email)
            return known

    def by_id_or_email(self, reference: str) -> Json | None:
        """Return the known user with this id or e-mail."""
        with self.lock:
            if reference in self.users:
                return self.users[reference]
            return next((user for user in self.users.values() if user["_id"] == reference), None)

    def forget(self, email: str) -> bool:
        """Forget a user (True), or do nothing for an unknown e-mail (False)."""
        with self.lock:
            if self.users.pop(email, None) is None:
                return False
            self.removed.add(email)
            return True

    def check_organization(self, organization_id: str) -> None:
        """Raise 404 unless ``organization_id`` is the mock's organization."""
        if organization_id != self.organization_id:
            raise not_found("Organization", organization_id)


class InviteStore(Store):
    """Invitations to the organization, by id; withdrawn ones are remembered by e-mail."""

    def __init__(self, lock: StoreLock, clock: Clock) -> None:
        super().__init__(lock, clock)
        self.invites: dict[str, Json] = {}
        self.withdrawn: set[str] = set()

    def pending(self, email: str) -> Json | None:
        """The pending invitation of this e-mail, if any."""
        with self.lock:
            return next(
                (
                    invite
                    for invite in self.invites.values()
                    if invite["email"] == email and invite["status"] == "pending"
                ),
                None,
            )
