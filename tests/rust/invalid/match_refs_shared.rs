// invalid (match38): a match through `&self` / `&mut self` / a reference parameter, rustc 1.95's E0502 at its line and column
enum St { Idle, Run { n: u32, k: u32 }, Keep(Guard) }
struct Dev { state: St, hits: u32 }
impl Dev {
    fn peek(&self) -> u32 { self.hits }
    fn set(&mut self) {
        match &mut self.state { St::Run { n, .. } => { let h = self.peek(); *n += h; } _ => {} } //~ ERROR [E0502] cannot borrow `*self` as immutable because it is also borrowed as mutable
    }
}

