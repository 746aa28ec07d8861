// invalid: a tuple struct's field moved out from behind a reference: rustc names the place without
// the tuple field (describe_place without tuple fields: `r`, not `r.1`) (char28)
struct P(u32, Guard);
async fn f(r: &P) -> u32 {
    let P(n, g) = *r; //~ ERROR [E0507] cannot move out of `r` which is behind a shared reference
    n
}
