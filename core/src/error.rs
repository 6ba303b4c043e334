//! The core's one error type.

use std::fmt;

/// Why an input could not be read.
#[derive(Debug)]
pub struct Error {
    kind: ErrorKind,
}

#[derive(Debug)]
enum ErrorKind {
    Json(serde_json::Error),
    NotAnObject,
    MissingText,
    BadTarget(String),
    BadField(&'static str, &'static str),
}

impl Error {
    pub(crate) fn json(e: serde_json::Error) -> Error {
        Error {
            kind: ErrorKind::Json(e),
        }
    }

    pub(crate) fn not_an_object() -> Error {
        Error {
            kind: ErrorKind::NotAnObject,
        }
    }

    pub(crate) fn missing_text() -> Error {
        Error {
            kind: ErrorKind::MissingText,
        }
    }

    pub(crate) fn bad_field(name: &'static str, why: &'static str) -> Error {
        Error {
            kind: ErrorKind::BadField(name, why),
        }
    }

    pub(crate) fn bad_target(why: String) -> Error {
        Error {
            kind: ErrorKind::BadTarget(why),
        }
    }
}

impl fmt::Display for Error {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        match &self.kind {
            ErrorKind::Json(e) => write!(f, "not valid JSON: {e}"),
            ErrorKind::NotAnObject => f.write_str("expected a JSON object"),
            ErrorKind::MissingText => f.write_str("no \"text\" string field"),
            ErrorKind::BadTarget(why) => write!(f, "bad \"targets\": {why}"),
            ErrorKind::BadField(name, why) => write!(f, "bad \"{name}\": {why}"),
        }
    }
}

impl std::error::Error for Error {
    fn source(&self) -> Option<&(dyn std::error::Error + 'static)> {
        match &self.kind {
            ErrorKind::Json(e) => Some(e),
            _ => None,
        }
    }
}
