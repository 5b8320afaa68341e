//! Roles, one-time invite codes, PINs, staff credentials, and the rule for who sees what.

pub mod api;

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

/// Who may do what, by role: the lists the server's policies check and the staff pages' links
/// follow, so every page a role may open is offered to it, and no page that would refuse it.
pub mod who {
    use super::Role::{self, *};

    pub const DEVICE_OWNERS: &[Role] = &[YoungPerson, Carer];
    /// Staff who hold caseloads: workers, and managers for their whole service.
    pub const CASE_STAFF: &[Role] = &[Worker, Manager];
    pub const MANAGERS: &[Role] = &[Manager];
    pub const ADMINS: &[Role] = &[Admin];
    /// Everyone who signs in with a password.
    pub const STAFF: &[Role] = &[Worker, ParticipationOfficer, Manager, Admin];
    /// Those who manage staff accounts and allocations.
    pub const STAFF_MANAGERS: &[Role] = &[Manager, Admin];
    /// Those who read feedback about the app and the service.
    pub const FEEDBACK_READERS: &[Role] = &[ParticipationOfficer, Manager, Admin];
    /// Staff who run scaling sessions and read their reports.
    pub const SESSION_STAFF: &[Role] = &[Worker, ParticipationOfficer, Manager];
    /// Staff who define programmes and their session topics.
    pub const PROGRAMME_EDITORS: &[Role] = &[ParticipationOfficer, Manager];
    /// Those who build surveys and consultations, read their results, keep the complaints
    /// register and the youth cabinet.
    pub const SURVEY_EDITORS: &[Role] = &[ParticipationOfficer, Manager];
}

impl Role {
    pub const ALL: [Role; 6] = [Role::YoungPerson, Role::Carer, Role::Worker, Role::ParticipationOfficer, Role::Manager, Role::Admin];

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

    /// Reads a role as stored or sent.
    pub fn parse(text: &str) -> Option<Role> {
        Self::ALL.into_iter().find(|role| role.as_str() == text)
    }

    pub fn is_staff(self) -> bool {
        !matches!(self, Role::YoungPerson | Role::Carer)
    }
}

/// `length` characters of [`InviteCode::ALPHABET`] as a person typed them (any case; spaces and
/// dashes ignored), or nothing. Invite codes and session join codes are both read this way.
pub(crate) fn read_typed_code(typed: &str, length: usize) -> Option<String> {
    let code: String = typed.chars().filter(|c| !c.is_whitespace() && *c != '-').map(|c| c.to_ascii_uppercase()).collect();
    let valid = code.len() == length && code.bytes().all(|b| InviteCode::ALPHABET.contains(&b));
    valid.then_some(code)
}

/// A code from random bytes, one character of [`InviteCode::ALPHABET`] per byte.
pub(crate) fn code_from_random(bytes: &[u8]) -> String {
    let alphabet = InviteCode::ALPHABET;
    bytes.iter().map(|b| char::from(alphabet[usize::from(*b) % alphabet.len()])).collect()
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
        read_typed_code(typed, Self::LENGTH).map(InviteCode).ok_or(ErrorCode::InvalidInviteCode)
    }

    /// Builds a code from random bytes (the caller brings the randomness).
    pub fn from_random(bytes: &[u8; Self::LENGTH]) -> InviteCode {
        InviteCode(code_from_random(bytes))
    }

    pub fn as_str(&self) -> &str {
        &self.0
    }

    /// Grouped in fours for reading aloud: `ACDE-FGHJ-KMNP`.
    pub fn display_grouped(&self) -> String {
        self.0.as_bytes().chunks(4).map(|chunk| String::from_utf8_lossy(chunk).into_owned()).collect::<Vec<_>>().join("-")
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
        assert_eq!(InviteCode::parse("ACDE"), Err(ErrorCode::InvalidInviteCode));
        assert_eq!(InviteCode::parse("ACDE-FGHJ-KMN0"), Err(ErrorCode::InvalidInviteCode));
    }
}

/// A device PIN: 4 to 6 digits. Kept on the server only as an argon2 hash.
#[derive(Clone, PartialEq, Eq)]
pub struct Pin(String);

impl Pin {
    pub const MIN_DIGITS: usize = 4;
    pub const MAX_DIGITS: usize = 6;
    /// Wrong PINs in a row that end the device's session.
    pub const MAX_FAILURES: u32 = 5;

    pub fn parse(typed: &str) -> Result<Pin, ErrorCode> {
        let digits = typed.trim();
        let valid = (Self::MIN_DIGITS..=Self::MAX_DIGITS).contains(&digits.len()) && digits.bytes().all(|b| b.is_ascii_digit());
        if valid {
            Ok(Pin(digits.to_owned()))
        } else {
            Err(ErrorCode::InvalidPin)
        }
    }

    pub fn as_str(&self) -> &str {
        &self.0
    }
}

impl std::fmt::Debug for Pin {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        f.write_str("Pin(****)")
    }
}

/// A staff email address, trimmed and lower-cased so one person has one account.
#[derive(Debug, Clone, PartialEq, Eq, Hash)]
pub struct Email(String);

impl Email {
    pub fn parse(typed: &str) -> Result<Email, ErrorCode> {
        let email = typed.trim().to_lowercase();
        let (local, domain) = email.split_once('@').ok_or(ErrorCode::InvalidEmail)?;
        let valid = !local.is_empty()
            && domain.contains('.')
            && !domain.starts_with('.')
            && !domain.ends_with('.')
            && email.len() <= 254
            && !email.chars().any(|c| c.is_whitespace() || c.is_control())
            && !domain.contains('@');
        if valid {
            Ok(Email(email))
        } else {
            Err(ErrorCode::InvalidEmail)
        }
    }

    pub fn as_str(&self) -> &str {
        &self.0
    }
}

/// A staff password: long enough to resist guessing (NIST SP 800-63B asks at least 8; we ask
/// 12 because staff accounts open children's records), and not absurdly long for argon2.
#[derive(Clone, PartialEq, Eq)]
pub struct Password(String);

impl Password {
    pub const MIN_CHARS: usize = 12;
    pub const MAX_CHARS: usize = 256;

    pub fn parse(typed: &str) -> Result<Password, ErrorCode> {
        let chars = typed.chars().count();
        if chars < Self::MIN_CHARS {
            return Err(ErrorCode::PasswordTooShort);
        }
        if chars > Self::MAX_CHARS {
            return Err(ErrorCode::TextTooLong);
        }
        Ok(Password(typed.to_owned()))
    }

    pub fn as_str(&self) -> &str {
        &self.0
    }
}

impl std::fmt::Debug for Password {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        f.write_str("Password(****)")
    }
}

/// A person's name as shown in the app: 1 to 80 characters, no control characters.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct DisplayName(String);

impl DisplayName {
    pub const MAX_CHARS: usize = 80;

    pub fn parse(typed: &str) -> Result<DisplayName, ErrorCode> {
        crate::text::one_line_name(typed, Self::MAX_CHARS).map(DisplayName)
    }

    pub fn as_str(&self) -> &str {
        &self.0
    }
}

/// Who may see an item about a young person (a plan row, an answer, an appointment).
#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize, Deserialize)]
#[cfg_attr(feature = "openapi", derive(utoipa::ToSchema))]
#[serde(rename_all = "snake_case")]
pub enum Visibility {
    /// The young person, their worker, and the carers linked to them.
    SharedWithCarers,
    /// The young person and their worker only.
    PrivateFromCarers,
}

/// How the person looking relates to the young person an item is about.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Relation {
    TheYoungPerson,
    LinkedCarer,
    AllocatedWorker,
    /// A manager of the young person's service.
    ServiceManager,
    /// Anyone else, staff of the same service included.
    Unrelated,
}

/// The one rule for items about a young person: they and the staff responsible always see
/// them; a linked carer sees only what is shared with carers; nobody else sees anything.
pub fn may_see(relation: Relation, visibility: Visibility) -> bool {
    match relation {
        Relation::TheYoungPerson | Relation::AllocatedWorker | Relation::ServiceManager => true,
        Relation::LinkedCarer => visibility == Visibility::SharedWithCarers,
        Relation::Unrelated => false,
    }
}

#[cfg(test)]
mod rule_tests {
    use super::*;

    #[test]
    fn pins_are_4_to_6_digits() {
        assert!(Pin::parse("1234").is_ok());
        assert!(Pin::parse("123456").is_ok());
        for bad in ["123", "1234567", "12a4", "", "12 34"] {
            assert_eq!(Pin::parse(bad), Err(ErrorCode::InvalidPin), "{bad:?}");
        }
        assert_eq!(format!("{:?}", Pin::parse("1234").unwrap()), "Pin(****)");
    }

    #[test]
    fn emails_are_normalised() {
        assert_eq!(Email::parse("  Sam@Example.ORG ").unwrap().as_str(), "sam@example.org");
        for bad in ["sam", "sam@", "@example.org", "sam@example", "sa m@example.org", "a@b@c.org"] {
            assert_eq!(Email::parse(bad), Err(ErrorCode::InvalidEmail), "{bad:?}");
        }
    }

    #[test]
    fn passwords_need_twelve_characters() {
        assert_eq!(Password::parse("short"), Err(ErrorCode::PasswordTooShort));
        assert!(Password::parse("correct horse battery").is_ok());
    }

    #[test]
    fn names_are_required_and_single_line() {
        assert_eq!(DisplayName::parse("  "), Err(ErrorCode::NameRequired));
        assert_eq!(DisplayName::parse("Jay").unwrap().as_str(), "Jay");
        assert!(DisplayName::parse("Jay\nSmith").is_err());
    }

    #[test]
    fn carers_see_only_what_is_shared_with_them() {
        use Relation::*;
        use Visibility::*;
        for relation in [TheYoungPerson, AllocatedWorker, ServiceManager] {
            assert!(may_see(relation, SharedWithCarers));
            assert!(may_see(relation, PrivateFromCarers));
        }
        assert!(may_see(LinkedCarer, SharedWithCarers));
        assert!(!may_see(LinkedCarer, PrivateFromCarers));
        assert!(!may_see(Unrelated, SharedWithCarers));
        assert!(!may_see(Unrelated, PrivateFromCarers));
    }
}
