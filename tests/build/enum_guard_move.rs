// covers: a Guard moved out of an enum by a match binding (a partial move of the enum: drop elaboration's
// open_drop_for_multivariant drops what is left, with a drop flag for the moved field), on one arm only,
// across awaits, out of a temporary scrutinee, and the unwind path through the moved-out value
enum E { A, B(u32, u8), C { x: u32, g: Guard } }
enum Msg { Data(Guard, u32), Ack(u32), Close }
//@ args: one_arm 0
//@ args: one_arm 1
async fn one_arm(n: u32) -> u32 {
    let e = if n == 0 { E::C { x: n, g: guard(1) } } else { E::B(n, 2) };
    yield_now().await;
    match e {
        E::A => 1,
        E::B(a, _) => a,
        E::C { x, g } => { observe(x); yield_now().await; x }
    }
}
fn make(n: u32) -> Msg {
    if n == 0 { Msg::Close } else if n < 5 { Msg::Ack(n) } else { Msg::Data(guard(n), n + 1) }
}
//@ args: from_temp 0
//@ args: from_temp 3
//@ args: from_temp 7
async fn from_temp(n: u32) -> u32 {
    yield_now().await;
    match make(n) {
        Msg::Data(g, len) => { yield_now().await; len }
        Msg::Ack(k) => k,
        Msg::Close => 0,
    }
}
//@ args: held 6
async fn held(n: u32) -> u32 {
    let m = make(n);
    let r = match m {
        Msg::Data(g, len) => { let keep = g; yield_now().await; len }
        _ => 0,
    };
    yield_now().await;
    r
}
//@ args: unmoved 6
async fn unmoved(n: u32) -> u32 {
    let m = make(n);
    yield_now().await;
    match m {
        Msg::Data(_, len) => len,
        Msg::Ack(k) => k,
        Msg::Close => 0,
    }
}
