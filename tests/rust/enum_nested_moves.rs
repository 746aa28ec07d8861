// covers: nested types with drop glue (issue 22 item 4): a state enum holding a Guard as a field of a
// driver struct that holds a Guard too: the enum field moved out whole (the struct partially moved:
// its other Guard dropped at the end), a Guard moved out of the field through a match (a move path
// `((_d.1: St) as Hold).1`), the field replaced (the old value dropped first); an enum holding that
// enum captured by an async move block (matched without moving: a move out of a captured enum is
// not supported), and moved out on one path only (a drop flag)
enum St { Idle, Hold(u8, Guard) }
struct Drv { id: u8, state: St, g: Guard }
enum Msg { Run(St), Ping(Guard), Quit }
fn st(n: u32) -> St { if n % 2 == 0 { St::Idle } else { St::Hold(n as u8, guard(n)) } }
//@ args: move_field 1
//@ args: move_field 2
async fn move_field(n: u32) -> u32 {
    let d = Drv { id: 3, state: st(n), g: guard(100) };
    yield_now().await;
    let s = d.state;
    yield_now().await;
    observe(d.id as u32);
    match s { St::Idle => 0, St::Hold(v, _) => v as u32 }
}
//@ args: move_out_of_field 1
//@ args: move_out_of_field 2
async fn move_out_of_field(n: u32) -> u32 {
    let d = Drv { id: 3, state: st(n), g: guard(100) };
    yield_now().await;
    let r = match d.state { St::Hold(v, g) => { observe(v as u32); 1 } St::Idle => 2 };
    yield_now().await;
    observe(d.id as u32);
    r
}
//@ args: assign_field 1
//@ args: assign_field 2
async fn assign_field(n: u32) -> u32 {
    let mut d = Drv { id: 3, state: st(n), g: guard(100) };
    yield_now().await;
    d.state = st(n + 1);
    yield_now().await;
    d.id as u32
}
//@ args: captured 1
//@ args: captured 4
async fn captured(n: u32) -> u32 {
    let m = if n > 2 { Msg::Run(st(n)) } else if n > 0 { Msg::Ping(guard(7)) } else { Msg::Quit };
    let b = async move {
        yield_now().await;
        match m { Msg::Run(_) => 5, Msg::Ping(_) => 6, Msg::Quit => 7 }
    };
    b.await
}
//@ args: moved_one_path 1
//@ args: moved_one_path 3
async fn moved_one_path(n: u32) -> u32 {
    let m = Msg::Run(st(n));
    yield_now().await;
    if n > 2 {
        match m { Msg::Run(s) => { let k = s; } _ => {} }
    }
    yield_now().await;
    n
}
