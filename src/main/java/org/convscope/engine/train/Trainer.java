package org.convscope.engine.train;

import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.Callable;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import org.convscope.engine.Examples;
import org.convscope.engine.LossTrace;
import org.convscope.engine.Mode;
import org.convscope.engine.Network;
import org.convscope.engine.Param;
import org.convscope.engine.Rng;
import org.convscope.engine.Tensor;

/**
 * Mini-batch training with the batch spread over the cores.
 *
 * <p>Each batch is cut into a fixed number of shards ({@value #SHARDS}); each shard runs its
 * examples on its own worker copy of the network (shared weights, own gradients). The shard
 * gradients are then summed in shard order, averaged, regularized and handed to the optimizer.
 * Because the cut and the summing order do not depend on how many threads run the shards, and
 * every example's dropout seed is drawn from the one {@link Rng} in example order, the same seed
 * gives the same model bit for bit on any machine.
 */
public final class Trainer implements AutoCloseable {
    /** Fixed so that results do not depend on the number of cores. */
    static final int SHARDS = 4;

    private final Network network;
    private final Optimizer optimizer;
    private final Regularization regularization;
    private final Rng rng;
    private final int threads;
    private final List<Network> workers = new ArrayList<>();
    private final double[][] inputBuffers;
    private final ExecutorService pool;
    private final DivergenceGuard guard;

    /**
     * @param threads how many threads run shards; 1 runs everything on the calling thread
     */
    public Trainer(Network network, Optimizer optimizer, Regularization regularization, Rng rng, int threads) {
        this.network = network;
        this.optimizer = optimizer;
        this.regularization = regularization;
        this.rng = rng;
        this.threads = Math.max(1, Math.min(threads, SHARDS));
        for (int s = 0; s < SHARDS; s++) {
            workers.add(network.copyForWorker());
        }
        this.inputBuffers = new double[SHARDS][network.inputShape().size()];
        this.guard = new DivergenceGuard(network.classes());
        this.pool = this.threads == 1 ? null : Executors.newFixedThreadPool(this.threads, r -> {
            Thread t = new Thread(r, "convscope-trainer");
            t.setDaemon(true);
            return t;
        });
    }

    /** Threads used for the shards of a batch. */
    public int threads() {
        return threads;
    }

    /**
     * One optimisation step on examples {@code order[from..to)}: forward and backward each in
     * training mode, average the gradients, add the regularization gradient, update.
     *
     * @return the batch's loss statistics
     * @throws TrainingDivergedException if the run has diverged ({@link DivergenceGuard}); the
     *         network's weights are then those of the last update
     */
    public BatchResult trainBatch(Examples data, int[] order, int from, int to) {
        int n = to - from;
        if (n <= 0) {
            throw new IllegalArgumentException("empty batch");
        }
        long[] seeds = new long[n];
        for (int i = 0; i < n; i++) {
            seeds[i] = rng.nextLong();
        }
        int shards = Math.min(SHARDS, n);
        List<Callable<BatchResult>> tasks = new ArrayList<>();
        for (int s = 0; s < shards; s++) {
            int start = from + s * n / shards;
            int end = from + (s + 1) * n / shards;
            Network worker = workers.get(s);
            double[] input = inputBuffers[s];
            tasks.add(() -> runShard(worker, input, data, order, start, end, seeds, from));
        }
        List<BatchResult> results = run(tasks);
        sumGradients(shards, n);
        double penalty = regularization.penalty(network.params());
        regularization.addGradients(network.params());
        optimizer.step(network.params());
        BatchResult total = BatchResult.sum(results);
        guard.observe(total.meanLoss());
        checkFinite();
        return new BatchResult(total.lossSum(), total.correct(), total.count(), penalty);
    }

    private static BatchResult runShard(Network worker, double[] input, Examples data, int[] order, int start, int end,
            long[] seeds, int batchStart) {
        worker.zeroGrads();
        double loss = 0;
        int correct = 0;
        // One input array per worker, refilled for each example: training keeps no tensor past its example.
        Tensor x = Tensor.wrap(worker.inputShape(), input);
        for (int i = start; i < end; i++) {
            int example = order[i];
            int label = data.label(example);
            data.copyInput(example, input);
            LossTrace result = worker.train(x, label, Mode.training(new Rng(seeds[i - batchStart])));
            loss += result.loss();
            if (result.predicted() == label) {
                correct++;
            }
        }
        return new BatchResult(loss, correct, end - start, 0);
    }

    private List<BatchResult> run(List<Callable<BatchResult>> tasks) {
        List<BatchResult> results = new ArrayList<>();
        try {
            if (pool == null || tasks.size() == 1) {
                for (Callable<BatchResult> task : tasks) {
                    results.add(task.call());
                }
                return results;
            }
            for (Future<BatchResult> f : pool.invokeAll(tasks)) {
                results.add(f.get());
            }
            return results;
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException("training was interrupted", e);
        } catch (ExecutionException e) {
            throw e.getCause() instanceof RuntimeException r ? r : new IllegalStateException(e.getCause());
        } catch (Exception e) {
            throw e instanceof RuntimeException r ? r : new IllegalStateException(e);
        }
    }

    /** NaN can hide from the loss (a ReLU turns it into 0) but not from the weights. */
    private void checkFinite() {
        for (Param p : network.params()) {
            for (double v : p.value()) {
                if (!Double.isFinite(v)) {
                    throw guard.weightNotFinite(v);
                }
            }
        }
    }

    /** Master gradient = mean over the batch of the shard gradients, summed in shard order. */
    private void sumGradients(int shards, int batchSize) {
        List<Param> params = network.params();
        double scale = 1.0 / batchSize;
        for (int p = 0; p < params.size(); p++) {
            double[] g = params.get(p).grad();
            double[] first = workers.get(0).params().get(p).grad();
            for (int i = 0; i < g.length; i++) {
                g[i] = first[i];
            }
            for (int s = 1; s < shards; s++) {
                double[] ws = workers.get(s).params().get(p).grad();
                for (int i = 0; i < g.length; i++) {
                    g[i] += ws[i];
                }
            }
            for (int i = 0; i < g.length; i++) {
                g[i] *= scale;
            }
        }
    }

    /**
     * One pass over {@code order} (already shuffled by the caller or by {@link #shuffled}) in
     * batches of {@code batchSize}.
     */
    public BatchResult trainEpoch(Examples data, int[] order, int batchSize, BatchListener listener) {
        List<BatchResult> batches = new ArrayList<>();
        for (int from = 0; from < order.length; from += batchSize) {
            int to = Math.min(order.length, from + batchSize);
            BatchResult r = trainBatch(data, order, from, to);
            batches.add(r);
            if (listener != null) {
                listener.batchDone(to, order.length, r);
            }
        }
        return BatchResult.sum(batches);
    }

    /** A copy of {@code indices} shuffled by this trainer's random source. */
    public int[] shuffled(int[] indices) {
        int[] copy = indices.clone();
        rng.shuffle(copy);
        return copy;
    }

    /** The divergence rule this trainer applies after every batch, with its reference so far. */
    public DivergenceGuard guard() {
        return guard;
    }

    public Network network() {
        return network;
    }

    @Override
    public void close() {
        if (pool != null) {
            pool.shutdownNow();
        }
    }

    /** Progress callback after each batch. */
    @FunctionalInterface
    public interface BatchListener {
        void batchDone(int examplesDone, int examplesTotal, BatchResult batch);
    }
}
