// promo38: promoteds of several statements: `&(1 + 2)` (debug: the checked sum in the promoted, its
// assert kept in the fn; release: `Add`), `&[S(1), S(2)]` (a temporary per element, numbered before
// them, written after them), `&Some(3)`, `&&[1, 2]`, and a unit struct's autoref `Q.get()`
struct S(u32);

struct Q;

impl Q {
    fn get(&self) -> u32 {
        4
    }
}

fn f(n: u32) -> u32 {
    let a = &(1u32 + 2);
    let s = &[S(1), S(2)];
    let o = &Some(3u32);
    let nn = &&[5u32, 6];
    let ov = match o {
        Some(v) => *v,
        None => 0,
    };
    *a + (*s)[1].0 + ov + (**nn)[0] + Q.get() + n
}

async fn g(n: u32) -> u32 {
    let s = &[S(7), S(8)];
    yield_now().await;
    (*s)[0].0 + f(n)
}
