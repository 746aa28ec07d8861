// invalid (match38): a match through `&self` / `&mut self` / a reference parameter, rustc 1.95's E0596 at its line and column
enum St { Idle, Run { n: u32, k: u32 }, Keep(Guard) }
struct Dev { state: St, hits: u32 }
impl Dev {
    fn set(&self) -> u32 {
        match self.state { St::Run { ref mut n, .. } => { *n += 1; *n } _ => 0 } //~ ERROR [E0596] cannot borrow `self.state.n` as mutable, as it is behind a `&` reference
    }
}

