// invalid: bool literals inside variant patterns: `Ok(false)` missing, and an integer error field whose
// only literal leaves `1_u64..=u64::MAX`
fn f(r: Result<bool, u64>) -> u32 {
    match r { //~ ERROR non-exhaustive patterns: `Ok(false)` and `Err(1_u64..=u64::MAX)` not covered
        Ok(true) => 1,
        Err(0) => 2,
    }
}
