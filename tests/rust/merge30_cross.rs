// Cross-feature program of the session's merge: struct, enum and impl items inside bodies, `@` inside
// fields and `x @ (p | q)` with a guard or bindings inside, a top binding through a `&mut T` variable,
// literal and range arms under one switch, and a value assigned and overwritten before it is read.

enum Slot { Empty, Full(u32) }

async fn tick() {
    yield_now().await;
}

async fn meter(a: u32, o: &mut Option<u32>) -> u32 {
    struct Acc { sum: u32 }
    impl Acc {
        fn add(&mut self, v: u32) { self.sum += v; }
        fn get(&self) -> u32 { self.sum }
    }
    enum Kind { Small(u32), Big(u32) }
    let mut acc = Acc { sum: 1 };
    tick().await;
    let k = if a < 10 { Kind::Small(a) } else { Kind::Big(a) };
    let got = match k {
        w @ (Kind::Small(v) | Kind::Big(v)) if v % 2 == 0 => match w { Kind::Small(_) => v, Kind::Big(_) => v + 100 },
        Kind::Small(v) => v * 3,
        Kind::Big(v) => v / 2,
    };
    acc.add(got);
    let seen = match o {
        v @ Some(_) => { if let Some(x) = v { *x += 1; *x } else { 0 } }
        other => { *other = Some(9); 50 }
    };
    tick().await;
    acc.add(seen);
    acc.get()
}

fn band(x: u32) -> u32 {
    match x {
        0 => 10,
        1..=2 => 20,
        3 => 30,
        4..=5 => 40,
        6 => 60,
        n @ (7 | 8) if n > 7 => 80,
        9..=20 => 90,
        _ => 99,
    }
}

async fn drive(v: u32) -> u32 {
    let mut o = if v > 4 { Some(v) } else { None };
    let s = if v % 3 == 0 { Slot::Full(v) } else { Slot::Empty };
    let from_slot = match Some(s) {
        Some(t @ Slot::Full(_)) => match t { Slot::Full(n) => n, Slot::Empty => 0 },
        Some(e @ Slot::Empty) => { let _ = e; 2 }
        None => 3,
    };
    let m = meter(v, &mut o).await;
    let tail = match o { Some(x) => x, None => 0 };
    m + band(v) + from_slot + tail
}

//@ args: drive 0
//@ args: drive 3
//@ args: drive 5
//@ args: drive 8
//@ args: drive 12
//@ args: drive 21
//@ args: drive 7
//@ args: drive 10
