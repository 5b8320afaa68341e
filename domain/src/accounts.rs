//! Roles and one-time invite codes.

use serde::{Deserialize, Serialize};

use crate::ErrorCode;

#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, Serialize, Deserialize)]
#[cfg_attr(feature = "openapi", derive(utoipa::ToSchema))]
#[serde(rename_all = "snake_case")]
pub enum Role {
    YoungPerson,
    Carer,
    Worker,
    ParticipationOfficer,
    Manager,
    Admin,
}

impl Role {
    pub const ALL: [Role; 6] = [
        Role::YoungPerson,
        Role::Carer,
        Role::Worker,
        Role::ParticipationOfficer,
        Role::Manager,
        Role::Admin,
    ];

    pub fn as_str(self) -> &'static str {
        match self {
            Role::YoungPerson => "young_person",
            Role::Carer => "carer",
            Role::Worker => "worker",
            Role::ParticipationOfficer => "participation_officer",
            Role::Manager => "manager",
            Role::Admin => "admin",
        }
    }

    pub fn is_staff(self) -> bool {
        !matches!(self, Role::YoungPerson | Role::Carer)
    }
}

/// A one-time invite code: letters and digits that cannot be mistaken for each other when read
/// off a screen or a piece of paper (no 0/O, 1/I/L, 5/S, 2/Z, 8/B).
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct InviteCode(String);

impl InviteCode {
    pub const ALPHABET: &'static [u8] = b"ACDEFGHJKMNPQRTUVWXY34679";
    pub const LENGTH: usize = 12;

    /// Reads a code as a person typed it: any case, spaces and dashes ignored.
    pub fn parse(typed: &str) -> Result<InviteCode, ErrorCode> {
        let code: String = typed
            .chars()
            .filter(|c| !c.is_whitespace() && *c != '-')
            .map(|c| c.to_ascii_uppercase())
            .collect();
        let valid = code.len() == Self::LENGTH
            && code.bytes().all(|b| Self::ALPHABET.contains(&b));
        if valid {
            Ok(InviteCode(code))
        } else {
            Err(ErrorCode::InvalidInviteCode)
        }
    }

    /// Builds a code from random bytes (the caller brings the randomness).
    pub fn from_random(bytes: &[u8; Self::LENGTH]) -> InviteCode {
        let alphabet = Self::ALPHABET;
        InviteCode(
            bytes
                .iter()
                .map(|b| char::from(alphabet[usize::from(*b) % alphabet.len()]))
                .collect(),
        )
    }

    pub fn as_str(&self) -> &str {
        &self.0
    }

    /// Grouped in fours for reading aloud: `ACDE-FGHJ-KMNP`.
    pub fn display_grouped(&self) -> String {
        self.0
            .as_bytes()
            .chunks(4)
            .map(|chunk| String::from_utf8_lossy(chunk).into_owned())
            .collect::<Vec<_>>()
            .join("-")
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn alphabet_has_no_look_alikes() {
        for confusable in b"0O1IL5S2Z8B" {
            assert!(!InviteCode::ALPHABET.contains(confusable));
        }
    }

    #[test]
    fn typed_codes_are_normalised() {
        let code = InviteCode::from_random(&[7; 12]);
        let typed = code.display_grouped().to_lowercase();
        assert_eq!(InviteCode::parse(&typed).unwrap(), code);
        assert_eq!(
            InviteCode::parse("ACDE"),
            Err(ErrorCode::InvalidInviteCode)
        );
        assert_eq!(
            InviteCode::parse("ACDE-FGHJ-KMN0"),
            Err(ErrorCode::InvalidInviteCode)
        );
    }
}
