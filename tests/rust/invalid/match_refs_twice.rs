// invalid (match38): a match through `&self` / `&mut self` / a reference parameter, rustc 1.95's E0499 at its line and column
enum St { Idle, Run { n: u32, k: u32 }, Keep(Guard) }
struct Dev { state: St, hits: u32 }
impl Dev {
    fn set(&mut self) {
        match &mut self.state { St::Run { n, .. } => { let a = &mut self.state; *n += 1; let _b = a; } _ => {} } //~ ERROR [E0499] cannot borrow `self.state` as mutable more than once at a time
    }
}

