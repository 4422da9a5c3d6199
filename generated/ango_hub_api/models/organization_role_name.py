from enum import StrEnum


class OrganizationRoleName(StrEnum):
    ADMIN = "Admin"
    GUEST = "Guest"
    MEMBER = "Member"

    def __str__(self) -> str:
        return str(self.value)
