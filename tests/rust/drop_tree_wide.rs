// covers: the MIR builder's drop trees (frontend/build_scope.c tree_add) with a node of more than
// TREE_LIST (8) children, whose children are looked up through the tree's index, not its list: the
// loop's break tree has one child of its root per inner block (the block's first let), and the
// second `break` of each block finds that child again (one exit path per block, as rustc's
// DropTree::add_drop dedups it). `guards` does the same with values that have drop glue, so the
// unwind and coroutine-drop trees get the exit tree's nodes (build_exit_tree) too.
//@ args: wide_breaks 5
//@ args: wide_breaks 13
//@ args: wide_breaks 40
//@ args: guards 3
//@ args: guards 11
//@ args: guards 25
async fn wide_breaks(p: u32) -> u32 {
    let mut n = 0u32;
    loop {
        {
            let a0 = n + 0u32;
            if a0 == p {
                break;
            }
            let b0 = a0 + 1u32;
            if b0 > p + 30u32 {
                break;
            }
        }
        {
            let a1 = n + 1u32;
            if a1 == p {
                break;
            }
            let b1 = a1 + 1u32;
            if b1 > p + 30u32 {
                break;
            }
        }
        {
            let a2 = n + 2u32;
            if a2 == p {
                break;
            }
            let b2 = a2 + 1u32;
            if b2 > p + 30u32 {
                break;
            }
        }
        {
            let a3 = n + 3u32;
            if a3 == p {
                break;
            }
            let b3 = a3 + 1u32;
            if b3 > p + 30u32 {
                break;
            }
        }
        {
            let a4 = n + 4u32;
            if a4 == p {
                break;
            }
            let b4 = a4 + 1u32;
            if b4 > p + 30u32 {
                break;
            }
        }
        {
            let a5 = n + 5u32;
            if a5 == p {
                break;
            }
            let b5 = a5 + 1u32;
            if b5 > p + 30u32 {
                break;
            }
        }
        {
            let a6 = n + 6u32;
            if a6 == p {
                break;
            }
            let b6 = a6 + 1u32;
            if b6 > p + 30u32 {
                break;
            }
        }
        {
            let a7 = n + 7u32;
            if a7 == p {
                break;
            }
            let b7 = a7 + 1u32;
            if b7 > p + 30u32 {
                break;
            }
        }
        {
            let a8 = n + 8u32;
            if a8 == p {
                break;
            }
            let b8 = a8 + 1u32;
            if b8 > p + 30u32 {
                break;
            }
        }
        {
            let a9 = n + 9u32;
            if a9 == p {
                break;
            }
            let b9 = a9 + 1u32;
            if b9 > p + 30u32 {
                break;
            }
        }
        {
            let a10 = n + 10u32;
            if a10 == p {
                break;
            }
            let b10 = a10 + 1u32;
            if b10 > p + 30u32 {
                break;
            }
        }
        {
            let a11 = n + 11u32;
            if a11 == p {
                break;
            }
            let b11 = a11 + 1u32;
            if b11 > p + 30u32 {
                break;
            }
        }
        n += 1;
        yield_now().await;
    }
    n
}

async fn guards(p: u32) -> u32 {
    let mut n = 0u32;
    loop {
        {
            let g0 = guard(n + 0u32);
            if n + 0u32 == p {
                break;
            }
            yield_now().await;
            if n > p + 20u32 {
                break;
            }
        }
        {
            let g1 = guard(n + 1u32);
            if n + 1u32 == p {
                break;
            }
            yield_now().await;
            if n > p + 20u32 {
                break;
            }
        }
        {
            let g2 = guard(n + 2u32);
            if n + 2u32 == p {
                break;
            }
            yield_now().await;
            if n > p + 20u32 {
                break;
            }
        }
        {
            let g3 = guard(n + 3u32);
            if n + 3u32 == p {
                break;
            }
            yield_now().await;
            if n > p + 20u32 {
                break;
            }
        }
        {
            let g4 = guard(n + 4u32);
            if n + 4u32 == p {
                break;
            }
            yield_now().await;
            if n > p + 20u32 {
                break;
            }
        }
        {
            let g5 = guard(n + 5u32);
            if n + 5u32 == p {
                break;
            }
            yield_now().await;
            if n > p + 20u32 {
                break;
            }
        }
        {
            let g6 = guard(n + 6u32);
            if n + 6u32 == p {
                break;
            }
            yield_now().await;
            if n > p + 20u32 {
                break;
            }
        }
        {
            let g7 = guard(n + 7u32);
            if n + 7u32 == p {
                break;
            }
            yield_now().await;
            if n > p + 20u32 {
                break;
            }
        }
        {
            let g8 = guard(n + 8u32);
            if n + 8u32 == p {
                break;
            }
            yield_now().await;
            if n > p + 20u32 {
                break;
            }
        }
        {
            let g9 = guard(n + 9u32);
            if n + 9u32 == p {
                break;
            }
            yield_now().await;
            if n > p + 20u32 {
                break;
            }
        }
        {
            let g10 = guard(n + 10u32);
            if n + 10u32 == p {
                break;
            }
            yield_now().await;
            if n > p + 20u32 {
                break;
            }
        }
        n += 1;
    }
    n
}
