// covers: flow40 (issue 22): `let P = e else { DIVERGING };` with a variant pattern: Option, Result and
// program enums, bindings by value, `mut` and by `ref`, `_` fields; else blocks returning, breaking and
// continuing out of loops, awaiting before they diverge; awaits after; guards dropped on both paths (the
// scrutinee's temporaries, earlier lets), the firmware's `let Some(x) = rx.try_recv() else { return; };`
//@ args: recv 3
//@ args: recv 0
//@ args: drain 5
//@ args: result 4
//@ args: result 0
//@ args: states 0
//@ args: states 1
//@ args: states 2
//@ args: held 3
//@ args: held 0
//@ args: refs 2
//@ args: refs 0
async fn tick(v: u32) -> u32 { yield_now().await; v }

struct Rx { left: u32 }

impl Rx {
    fn try_recv(&mut self) -> Option<u32> {
        if self.left == 0 { None } else { self.left -= 1; Some(self.left * 3) }
    }
}

fn parse(n: u32) -> Result<u32, u8> {
    if n % 2 == 0 { Ok(n / 2) } else { Err(n as u8) }
}

enum Cmd { Stop, Go(u32, u32), Wait(u32) }

fn cmd(n: u32) -> Cmd {
    if n == 0 { Cmd::Stop } else if n == 1 { Cmd::Go(n, 10) } else { Cmd::Wait(n) }
}

async fn recv(n: u32) -> u32 {
    let mut rx = Rx { left: n };
    let g = guard(1);
    let Some(x) = rx.try_recv() else {
        return 0;
    };
    tick(x).await + x
}

async fn drain(n: u32) -> u32 {
    let mut rx = Rx { left: n };
    let mut sum = 0;
    loop {
        let g = guard(sum);
        let Some(mut v) = rx.try_recv() else { break; };
        v += 1;
        if v % 2 == 0 {
            let Ok(h) = parse(v) else { continue; };
            sum += tick(h).await;
        }
        sum += v;
    }
    sum
}

async fn result(n: u32) -> u32 {
    let Ok(v) = parse(n) else {
        let e = guard(n);
        yield_now().await;
        return 99;
    };
    let Err(_) = parse(v + 1) else {
        return tick(v).await;
    };
    v * 3
}

async fn states(n: u32) -> u32 {
    let c = cmd(n);
    let Cmd::Go(a, _) = c else {
        let Cmd::Wait(w) = cmd(n) else { return 1; };
        return tick(w).await;
    };
    yield_now().await;
    a
}

async fn held(n: u32) -> u32 {
    let k = guard(n);
    let Some(g) = (if n > 0 { Some(guard(n + 50)) } else { None }) else {
        yield_now().await;
        return 5;
    };
    tick(n).await;
    7
}

async fn refs(n: u32) -> u32 {
    let o = if n > 0 { Some(n) } else { None };
    let Some(ref r) = o else { return 3; };
    let v = *r;
    yield_now().await;
    v + *r
}
