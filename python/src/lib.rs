//! `standpoint._standpoint`: the core behind the Python package. Each function takes the
//! JSON Lines line the CLI would read and gives back the document the CLI would write, as a
//! string; `standpoint/__init__.py` builds the lines and parses the documents. The GIL is
//! released while the core runs, and `annotate_lines` and `annotate_parts` spread their
//! lines over threads.
#![forbid(unsafe_code)]

use pyo3::create_exception;
use pyo3::prelude::*;

create_exception!(
    _standpoint,
    StandpointError,
    pyo3::exceptions::PyValueError,
    "An input the core cannot annotate (not a JSON object, no text, a bad field)."
);

/// Annotates one JSON Lines line exactly as `standpoint annotate --jsonl` does; returns the
/// document as a JSON string.
#[pyfunction]
#[pyo3(signature = (line, with_text = false, explain = false))]
fn annotate_line(py: Python<'_>, line: String, with_text: bool, explain: bool) -> PyResult<String> {
    py.detach(move || standpoint_core::annotate_line(&line, with_text, explain))
        .map_err(|e| StandpointError::new_err(e.to_string()))
}

/// [`annotate_line`] for a line given in two parts: its fields other than `text` as a JSON
/// object, and the text.
#[pyfunction]
#[pyo3(signature = (fields, text, with_text = false, explain = false))]
fn annotate_fields(py: Python<'_>, fields: String, text: String, with_text: bool, explain: bool) -> PyResult<String> {
    py.detach(move || standpoint_core::annotate_fields(&fields, text, with_text, explain))
        .map_err(|e| StandpointError::new_err(e.to_string()))
}

/// Annotates many lines, in parallel on `threads` threads (every core when None); returns,
/// in input order, `(document, None)` or `(None, reason)` for each line.
#[pyfunction]
#[pyo3(signature = (lines, threads = None, with_text = false, explain = false))]
fn annotate_lines(
    py: Python<'_>,
    lines: Vec<String>,
    threads: Option<usize>,
    with_text: bool,
    explain: bool,
) -> PyResult<Vec<Outcome>> {
    in_parallel(py, lines, threads, move |l| {
        standpoint_core::annotate_line(&l, with_text, explain)
    })
}

/// [`annotate_lines`] for lines given in two parts, `(fields, text)`: the line's other fields
/// as a JSON object, and its text, which then need not be escaped into JSON and read back.
#[pyfunction]
#[pyo3(signature = (parts, threads = None, with_text = false, explain = false))]
fn annotate_parts(
    py: Python<'_>,
    parts: Vec<(String, String)>,
    threads: Option<usize>,
    with_text: bool,
    explain: bool,
) -> PyResult<Vec<Outcome>> {
    in_parallel(py, parts, threads, move |(fields, text)| {
        standpoint_core::annotate_fields(&fields, text, with_text, explain)
    })
}

/// A document, or the reason there is none.
type Outcome = (Option<String>, Option<String>);

/// `annotate` over `items` on `threads` threads (every core when None), the GIL released;
/// the outcomes in input order.
fn in_parallel<T: Send>(
    py: Python<'_>,
    items: Vec<T>,
    threads: Option<usize>,
    annotate: impl Fn(T) -> Result<String, standpoint_core::Error> + Send + Sync,
) -> PyResult<Vec<Outcome>> {
    if threads == Some(0) {
        return Err(pyo3::exceptions::PyValueError::new_err("threads must be at least 1"));
    }
    let pool = rayon::ThreadPoolBuilder::new()
        .num_threads(threads.unwrap_or(0))
        .build()
        .map_err(|e| pyo3::exceptions::PyRuntimeError::new_err(format!("cannot start threads: {e}")))?;
    Ok(py.detach(move || {
        use rayon::prelude::*;
        pool.install(|| {
            items
                .into_par_iter()
                .map(|item| match annotate(item) {
                    Ok(doc) => (Some(doc), None),
                    Err(e) => (None, Some(e.to_string())),
                })
                .collect()
        })
    }))
}

/// Parses documents (the JSON the annotate functions return), naming the first bad one.
fn documents(docs: &[String]) -> PyResult<Vec<standpoint_core::Document>> {
    docs.iter()
        .enumerate()
        .map(|(i, d)| {
            serde_json::from_str(d)
                .map_err(|e| StandpointError::new_err(format!("document {i}: not a standpoint document: {e}")))
        })
        .collect()
}

/// A corpus report over documents given as JSON strings, as a JSON string: `actors` (the
/// same actor across articles joined) or `voices` (quoted words by kind of source).
#[pyfunction]
fn corpus_report(py: Python<'_>, report: &str, docs: Vec<String>) -> PyResult<String> {
    let docs = documents(&docs)?;
    let json = py.detach(|| match report {
        "actors" => serde_json::to_string(&standpoint_core::corpus::actors(&docs)),
        "voices" => serde_json::to_string(&standpoint_core::corpus::voices(&docs)),
        other => Ok(format!("unknown report {other}")),
    });
    match report {
        "actors" | "voices" => json.map_err(|e| StandpointError::new_err(e.to_string())),
        other => Err(pyo3::exceptions::PyValueError::new_err(format!(
            "report must be 'actors' or 'voices', not {other:?}"
        ))),
    }
}

/// Two documents (JSON strings) compared, as a JSON string.
#[pyfunction]
fn compare(a: String, b: String) -> PyResult<String> {
    let docs = documents(&[a, b])?;
    serde_json::to_string(&standpoint_core::corpus::compare(&docs[0], &docs[1]))
        .map_err(|e| StandpointError::new_err(e.to_string()))
}

/// The native module.
#[pymodule]
fn _standpoint(m: &Bound<'_, PyModule>) -> PyResult<()> {
    m.add_function(wrap_pyfunction!(annotate_line, m)?)?;
    m.add_function(wrap_pyfunction!(annotate_lines, m)?)?;
    m.add_function(wrap_pyfunction!(annotate_fields, m)?)?;
    m.add_function(wrap_pyfunction!(annotate_parts, m)?)?;
    m.add_function(wrap_pyfunction!(corpus_report, m)?)?;
    m.add_function(wrap_pyfunction!(compare, m)?)?;
    m.add("StandpointError", m.py().get_type::<StandpointError>())?;
    m.add("SCHEMA", standpoint_core::SCHEMA)?;
    m.add("__version__", env!("CARGO_PKG_VERSION"))?;
    Ok(())
}
