// A one-variant enum matched with more than one arm and by if-let (issue 22 item 4; async fns without
// awaits: compare_mir.py checks them against rustc's dumps): its pattern is irrefutable (no discriminant
// read), a literal field a SwitchInt on `((_3 as A).0: u32)`, a Guard moved out by a binding.
enum W { A(u32, Guard) }

async fn arms(w: W) -> u32 {
    match w {
        W::A(0, _) => 1,
        W::A(k, g) => k,
    }
}

async fn iflet(w: W) -> u32 {
    if let W::A(3, g) = w { 1 } else { 2 }
}
