// invalid (match38): a match through `&self` / `&mut self` / a reference parameter, rustc 1.95's E0507 at its line and column
enum St { Idle, Run { n: u32, k: u32 }, Keep(Guard) }
struct Dev { state: St, hits: u32 }
impl Dev {
    fn take(&self) -> u32 {
        match self.state { St::Keep(g) => { let _h = g; 1 } _ => 0 } //~ ERROR [E0507] cannot move out of `self.state` as enum variant `Keep` which is behind a shared reference
    }
}

