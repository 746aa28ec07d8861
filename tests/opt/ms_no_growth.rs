// PASS: merge-states
// must not fire: the if/else arms' states are mergeable, but the merged layout would
// be bigger (40 -> 48 bytes): the guard, promoted while two states held it, would move
// into the merged variant before leaf4's 8-aligned future (the prefix's tail padding
// is never reused). merge-states never grows a future. Found by the fuzzer.
//@ args: outer 1
//@ args: outer 0
async fn leaf3(a: bool, b: u32) -> u32 { yield_now().await; b }
async fn leaf4(a: u64, b: i16) -> u32 { yield_now().await; a as u32 }
async fn outer(r21: i16) -> u32 {
    let r24 = async {
        let r25 = leaf3(false, 3492).await;
        let _g26 = guard(r25 & r25);
        if r21 > 0 { observe(1); leaf4(1u64, -1).await } else { leaf4(8, r21).await }
    }.await;
    r24
}
