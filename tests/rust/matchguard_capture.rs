// covers: match guards (issue 22, guard27) in an async block: `_ if m > 2` on a scrutinee the block does
// not capture (every pattern `_`: no place, the guard still tested), a literal arm guarded on a captured variable
//@ args: f 3
async fn f(n: u32) -> u32 {
    let o = Some(n);
    let m = n;
    let b = async move {
        let r = match o {
            _ if m > 2 => 1,
            _ => 2,
        };
        let s = match m { 3 if m > 1 => 5, _ => 6 };
        r + s
    };
    b.await
}
