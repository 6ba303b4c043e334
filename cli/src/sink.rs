//! Where documents go: standard output, or a file.
//!
//! A regular file is written as a temporary file beside it and renamed over it only when the
//! run is done, so a failed or interrupted run never leaves a partial file, and a run that
//! annotated nothing leaves the old file as it was. Devices and pipes (`/dev/stdout`, a FIFO)
//! are written directly.

use std::fs::{self, File};
use std::io::{self, BufWriter, Write};
use std::path::{Path, PathBuf};

/// Why writing stopped.
#[derive(Debug)]
pub enum Stop {
    /// The reader of standard output went away (`| head -1`): end quietly.
    Closed,
    /// Writing failed: the message names the destination and the reason.
    Failed(String),
}

enum Target {
    Stdout,
    Direct(PathBuf),
    Temp { temp: PathBuf, path: PathBuf },
}

/// An open destination for documents.
pub struct Sink {
    out: BufWriter<Box<dyn Write>>,
    target: Target,
    /// Documents written so far.
    pub written: usize,
}

/// A file that would stand beside `path` (same directory, so renaming it is atomic).
fn temp_beside(path: &Path) -> io::Result<(PathBuf, File)> {
    let dir = path
        .parent()
        .filter(|d| !d.as_os_str().is_empty())
        .unwrap_or(Path::new("."));
    let name = path
        .file_name()
        .map(|n| n.to_string_lossy().into_owned())
        .unwrap_or_default();
    let mut n = 0u32;
    loop {
        let temp = dir.join(format!(".{name}.{}-{n}.standpoint-tmp", std::process::id()));
        match fs::OpenOptions::new().write(true).create_new(true).open(&temp) {
            Ok(f) => return Ok((temp, f)),
            Err(e) if e.kind() == io::ErrorKind::AlreadyExists && n < 100 => n += 1,
            Err(e) => return Err(e),
        }
    }
}

impl Sink {
    /// Standard output, or the file at `path`.
    pub fn open(path: Option<&Path>) -> Result<Sink, String> {
        let Some(path) = path else {
            return Ok(Sink {
                out: BufWriter::new(Box::new(io::stdout().lock())),
                target: Target::Stdout,
                written: 0,
            });
        };
        let shown = path.display();
        // Write beside the file a symbolic link names, so the link stays a link.
        let real = fs::canonicalize(path).unwrap_or_else(|_| path.to_path_buf());
        let special = fs::metadata(&real).is_ok_and(|m| !m.is_file());
        let (file, target) = if special {
            let f = fs::OpenOptions::new()
                .write(true)
                .open(&real)
                .map_err(|e| format!("cannot write {shown}: {e}"))?;
            (f, Target::Direct(path.to_path_buf()))
        } else {
            let (temp, f) = temp_beside(&real).map_err(|e| format!("cannot write {shown}: {e}"))?;
            (f, Target::Temp { temp, path: real })
        };
        Ok(Sink {
            out: BufWriter::new(Box::new(file)),
            target,
            written: 0,
        })
    }

    fn name(&self) -> String {
        match &self.target {
            Target::Stdout => "standard output".to_string(),
            Target::Direct(p) | Target::Temp { path: p, .. } => p.display().to_string(),
        }
    }

    fn stop(&self, e: &io::Error) -> Stop {
        if matches!(self.target, Target::Stdout) && e.kind() == io::ErrorKind::BrokenPipe {
            Stop::Closed
        } else {
            Stop::Failed(format!("cannot write {}: {e}", self.name()))
        }
    }

    /// Writes one document with `write`, then a line break.
    pub fn document(&mut self, write: impl FnOnce(&mut dyn Write) -> io::Result<()>) -> Result<(), Stop> {
        let r = write(&mut self.out).and_then(|()| self.out.write_all(b"\n"));
        match r {
            Ok(()) => {
                self.written += 1;
                Ok(())
            }
            Err(e) => Err(self.stop(&e)),
        }
    }

    /// Ends a run whose writes all succeeded: flushes, and puts the file in place, unless
    /// something `failed` and nothing was annotated, in which case an existing file is left as
    /// it was and the note for standard error says so. (A sink dropped without `finish`, after
    /// a failed write, removes its temporary file.)
    pub fn finish(mut self, failed: bool) -> Result<Option<String>, Stop> {
        let flushed = self.out.flush();
        let flush_stop = flushed.as_ref().err().map(|e| self.stop(e));
        // Close the file before it is renamed.
        drop(std::mem::replace(&mut self.out, BufWriter::new(Box::new(io::sink()))));
        let name = self.name();
        let target = std::mem::replace(&mut self.target, Target::Stdout);
        let Target::Temp { temp, path } = target else {
            return flush_stop.map_or(Ok(None), Err);
        };
        let keep_old = failed && self.written == 0;
        let placed = flushed.and_then(|()| {
            if keep_old {
                return Ok(());
            }
            File::open(&temp).and_then(|f| f.sync_all())?;
            if let Ok(m) = fs::metadata(&path) {
                fs::set_permissions(&temp, m.permissions())?;
            }
            fs::rename(&temp, &path)
        });
        if keep_old || placed.is_err() {
            let _ = fs::remove_file(&temp);
        }
        match placed {
            Err(e) => Err(Stop::Failed(format!("cannot write {name}: {e}"))),
            Ok(()) if keep_old => Ok(Some(format!("nothing was annotated, so {name} was left as it was"))),
            Ok(()) => Ok(None),
        }
    }
}

impl Drop for Sink {
    /// A sink dropped before [`Sink::finish`] (a panic, an early return) leaves no temporary file.
    fn drop(&mut self) {
        if let Target::Temp { temp, .. } = &self.target {
            let _ = fs::remove_file(temp);
        }
    }
}

/// Whether `a` and `b` name the same existing file (hard links and symbolic links included).
pub fn same_file(a: &Path, b: &Path) -> bool {
    #[cfg(unix)]
    {
        use std::os::unix::fs::MetadataExt;
        if let (Ok(x), Ok(y)) = (fs::metadata(a), fs::metadata(b)) {
            return x.dev() == y.dev() && x.ino() == y.ino();
        }
        false
    }
    #[cfg(not(unix))]
    {
        matches!((fs::canonicalize(a), fs::canonicalize(b)), (Ok(x), Ok(y)) if x == y)
    }
}
