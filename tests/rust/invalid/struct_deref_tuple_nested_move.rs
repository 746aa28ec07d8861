// invalid: a named field inside a tuple struct's field, behind `&mut`: `r.g` (the tuple field `.0`
// not named, as rustc) (char28)
struct Q { g: Guard, k: u32 }
struct P(Q, u32);
async fn f(r: &mut P) -> u32 {
    match *r { //~ ERROR [E0507] cannot move out of `r.g` which is behind a mutable reference
        P(Q { g, k }, n) => n,
    }
}
