// covers: Guard drops at scope end in reverse order, on early return, inner scopes, unwind cleanup
fn guarded(x: u32) -> u32 {
    let _a = guard(1);
    let _b = guard(2);
    {
        let _c = guard(3);
        observe(x);
    }
    if x == 0 {
        return 5;
    }
    x + 1
}
