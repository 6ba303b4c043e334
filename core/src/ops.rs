//! A count of the work the passes do, for the test that proves time is linear in the input.
//!
//! Every loop that walks tokens, candidates or remembered references calls [`tick`]. In
//! normal builds the function is empty and compiles away; under `cfg(test)` it adds to a
//! thread-local counter that [`take`] reads and resets.

#[cfg(test)]
thread_local! {
    static OPS: std::cell::Cell<u64> = const { std::cell::Cell::new(0) };
}

/// Records `n` units of work.
#[inline(always)]
pub(crate) fn tick(n: usize) {
    #[cfg(test)]
    OPS.with(|c| c.set(c.get() + n as u64));
    #[cfg(not(test))]
    let _ = n;
}

/// The work recorded since the last call, resetting the counter.
#[cfg(test)]
pub(crate) fn take() -> u64 {
    OPS.with(|c| c.replace(0))
}
