//! The store of saved articles: IndexedDB, which survives reloads and works offline.
//!
//! One object store, `articles`, keyed by `id`. Every change is one transaction, so a failure
//! (a full disk, a blocked upgrade) leaves what was saved before as it was, and is reported in
//! words a reader can act on.

use js_sys::{Array, Promise};
use serde::{Deserialize, Serialize};
use wasm_bindgen::prelude::*;
use wasm_bindgen::JsCast;
use wasm_bindgen_futures::JsFuture;
use web_sys::{IdbDatabase, IdbObjectStoreParameters, IdbRequest, IdbTransaction, IdbTransactionMode};

const DB: &str = "standpoint";
const STORE: &str = "articles";
const VERSION: u32 = 1;

/// A saved article.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
pub struct Entry {
    /// Its key.
    pub id: String,
    /// Its title, as shown in the list.
    pub title: String,
    /// When it was saved (milliseconds since 1970).
    pub saved: f64,
    /// The article.
    pub text: String,
    /// Its annotation when it was saved (entries saved before annotations were kept have
    /// none; the library view annotates them).
    #[serde(default)]
    pub doc: Option<standpoint_core::Document>,
}

impl Entry {
    /// What its page told about it, as it was annotated when saved (nothing for entries saved
    /// without their annotation).
    pub fn page(&self) -> crate::protocol::PageFacts {
        self.doc
            .as_ref()
            .map(|d| crate::protocol::PageFacts::of(&d.meta))
            .unwrap_or_default()
    }
}

/// Why the library could not do something, in words for the reader.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Error(pub String);

impl std::fmt::Display for Error {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        f.write_str(&self.0)
    }
}

/// A readable message for a DOM error from IndexedDB.
fn explain(e: &JsValue, doing: &str) -> Error {
    let name = js_sys::Reflect::get(e, &"name".into())
        .ok()
        .and_then(|n| n.as_string())
        .unwrap_or_default();
    let msg = match name.as_str() {
        "QuotaExceededError" => format!(
            "The browser's storage is full, so {doing} did not happen. Delete saved articles or free some space; nothing already saved was changed."
        ),
        "VersionError" | "BlockedError" => format!(
            "The library is open in another tab with an older version of Standpoint, so {doing} did not happen. Close that tab and try again."
        ),
        "InvalidStateError" | "SecurityError" | "UnknownError" => format!(
            "This browser does not allow saved articles here (private browsing, or a page opened from a file), so {doing} did not happen."
        ),
        _ => format!("The library failed ({name}), so {doing} did not happen. Nothing already saved was changed."),
    };
    Error(msg)
}

/// Settles a promise's `resolve` or `reject` with an IndexedDB request's result or error.
fn settle(req: &IdbRequest, resolve: js_sys::Function, reject: js_sys::Function) {
    let ok_req = req.clone();
    let ok = Closure::once_into_js(move |_: web_sys::Event| {
        let _ = resolve.call1(&JsValue::NULL, &ok_req.result().unwrap_or(JsValue::UNDEFINED));
    });
    let err_req = req.clone();
    let err = Closure::once_into_js(move |_: web_sys::Event| {
        let e = err_req
            .error()
            .ok()
            .flatten()
            .map(JsValue::from)
            .unwrap_or(JsValue::NULL);
        let _ = reject.call1(&JsValue::NULL, &e);
    });
    req.set_onsuccess(Some(ok.unchecked_ref()));
    req.set_onerror(Some(err.unchecked_ref()));
}

/// Waits for an IndexedDB request to succeed or fail.
async fn done(req: &IdbRequest) -> Result<JsValue, JsValue> {
    let promise = Promise::new(&mut |resolve, reject| settle(req, resolve, reject));
    JsFuture::from(promise).await
}

/// Opens the database, creating the store on first use. A blocked upgrade (another tab
/// holds an older version open) fails at once rather than waiting.
async fn open() -> Result<IdbDatabase, Error> {
    let doing = "opening the library";
    let factory = web_sys::window()
        .and_then(|w| w.indexed_db().ok().flatten())
        .ok_or_else(|| Error("This browser offers no storage for saved articles here (private browsing, or a page opened from a file).".into()))?;
    let req = factory.open_with_u32(DB, VERSION).map_err(|e| explain(&e, doing))?;
    let upgrade = Closure::<dyn FnMut(web_sys::Event)>::new({
        let req = req.clone();
        move |_| {
            if let Ok(db) = req.result().and_then(|r| r.dyn_into::<IdbDatabase>()) {
                if !db.object_store_names().contains(STORE) {
                    let params = IdbObjectStoreParameters::new();
                    params.set_key_path(&"id".into());
                    let _ = db.create_object_store_with_optional_parameters(STORE, &params);
                }
            }
        }
    });
    req.set_onupgradeneeded(Some(upgrade.as_ref().unchecked_ref()));
    let promise = Promise::new(&mut |resolve, reject| {
        let blocked_reject = reject.clone();
        settle(&req, resolve, reject);
        let blocked = Closure::once_into_js(move |_: web_sys::Event| {
            let e = js_sys::Object::new();
            let _ = js_sys::Reflect::set(&e, &"name".into(), &"BlockedError".into());
            let _ = blocked_reject.call1(&JsValue::NULL, &e);
        });
        req.set_onblocked(Some(blocked.unchecked_ref()));
    });
    let result = JsFuture::from(promise).await;
    req.set_onupgradeneeded(None);
    drop(upgrade);
    let db = result.map_err(|e| explain(&e, doing))?;
    db.dyn_into::<IdbDatabase>().map_err(|e| explain(&e, doing))
}

/// Waits until a write transaction has committed; a full disk shows up here, as an abort.
async fn committed(tx: &IdbTransaction) -> Result<(), JsValue> {
    let t = tx.clone();
    let promise = Promise::new(&mut |resolve, reject| {
        let ok = Closure::once_into_js(move |_: web_sys::Event| {
            let _ = resolve.call0(&JsValue::NULL);
        });
        let err_tx = t.clone();
        let fail = Closure::once_into_js(move |_: web_sys::Event| {
            let e = err_tx.error().map(JsValue::from).unwrap_or(JsValue::NULL);
            let _ = reject.call1(&JsValue::NULL, &e);
        });
        t.set_oncomplete(Some(ok.unchecked_ref()));
        t.set_onabort(Some(fail.unchecked_ref()));
    });
    JsFuture::from(promise).await.map(|_| ())
}

fn transaction(db: &IdbDatabase, mode: IdbTransactionMode, doing: &str) -> Result<IdbTransaction, Error> {
    db.transaction_with_str_and_mode(STORE, mode)
        .map_err(|e| explain(&e, doing))
}

fn store(tx: &IdbTransaction, doing: &str) -> Result<web_sys::IdbObjectStore, Error> {
    tx.object_store(STORE).map_err(|e| explain(&e, doing))
}

/// All saved articles, newest first.
pub async fn list() -> Result<Vec<Entry>, Error> {
    let doing = "reading the library";
    let db = open().await?;
    let tx = transaction(&db, IdbTransactionMode::Readonly, doing)?;
    let req = store(&tx, doing)?.get_all().map_err(|e| explain(&e, doing))?;
    let all = done(&req).await.map_err(|e| explain(&e, doing))?;
    let mut out: Vec<Entry> = Array::from(&all)
        .iter()
        .filter_map(|v| serde_wasm_bindgen::from_value(v).ok())
        .collect();
    standpoint_core::sort::by(&mut out, |a, b| b.saved.total_cmp(&a.saved));
    db.close();
    Ok(out)
}

/// Saves (or replaces) an article.
pub async fn save(entry: &Entry) -> Result<(), Error> {
    let doing = "saving the article";
    let db = open().await?;
    let value = serde_wasm_bindgen::to_value(entry).map_err(|e| Error(e.to_string()))?;
    let tx = transaction(&db, IdbTransactionMode::Readwrite, doing)?;
    let put = store(&tx, doing)?.put(&value);
    let r = match put {
        Ok(_) => committed(&tx).await.map_err(|e| explain(&e, doing)),
        Err(e) => {
            let _ = tx.abort();
            Err(explain(&e, doing))
        }
    };
    db.close();
    r
}

/// Deletes an article.
pub async fn delete(id: &str) -> Result<(), Error> {
    let doing = "deleting the article";
    let db = open().await?;
    let tx = transaction(&db, IdbTransactionMode::Readwrite, doing)?;
    let del = store(&tx, doing)?.delete(&id.into());
    let r = match del {
        Ok(_) => committed(&tx).await.map_err(|e| explain(&e, doing)),
        Err(e) => {
            let _ = tx.abort();
            Err(explain(&e, doing))
        }
    };
    db.close();
    r
}

/// A fresh id for a new entry.
pub fn new_id() -> String {
    format!(
        "{:x}-{:x}",
        js_sys::Date::now() as u64,
        (js_sys::Math::random() * 1e9) as u64
    )
}
