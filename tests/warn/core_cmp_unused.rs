// covers: unused_must_use of core's comparisons and variant queries (cmp39): `o == None;`, `[x] < [1];`,
// `() != ();` as statements ("unused comparison"), `o.is_some();`, `r.is_err();` and through a reference
// ("unused return value of `Option::<T>::is_some`", core's #[must_use]); must not fire: a comparison or a
// query used (a let, an if condition, a returned value), `let _ = o.is_none();`
async fn f(x: u32) -> bool {
    let o = Some(x);
    let r: Result<u32, u8> = Ok(x);
    o == None;
    [x] < [1];
    () != ();
    o.is_some();
    r.is_err();
    (&o).is_none();
    let _ = o.is_none();
    let used = r.is_ok();
    yield_now().await;
    if o != Some(3) && used {
        return true;
    }
    o.is_none()
}
