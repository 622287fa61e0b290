package org.mirrorhand.pose;

import java.io.IOException;
import java.io.InputStream;
import java.nio.ByteOrder;
import java.nio.FloatBuffer;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.HashMap;
import java.util.Map;
import org.bytedeco.javacpp.BytePointer;
import org.bytedeco.javacpp.IntPointer;
import org.bytedeco.javacpp.Loader;
import org.bytedeco.javacpp.Pointer;
import org.bytedeco.tensorflowlite.BuiltinOpResolver;
import org.bytedeco.tensorflowlite.BuiltinOpResolverWithXNNPACK;
import org.bytedeco.tensorflowlite.BuiltinOpResolverWithoutDefaultDelegates;
import org.bytedeco.tensorflowlite.FlatBufferModel;
import org.bytedeco.tensorflowlite.Interpreter;
import org.bytedeco.tensorflowlite.InterpreterBuilder;
import org.bytedeco.tensorflowlite.TfLiteDelegate;
import org.bytedeco.tensorflowlite.TfLiteIntArray;
import org.bytedeco.tensorflowlite.TfLiteTensor;
import org.bytedeco.tensorflowlite.global.tensorflowlite;

/**
 * One TensorFlow Lite model run through JavaCPP's TensorFlow Lite presets: the only class that knows the runtime. The
 * interpreter is built with the XNNPACK delegate and a set number of threads; the input and outputs are direct buffers
 * onto TFLite's own tensor memory, so a call copies nothing and makes no garbage. The model's bytes stay in native
 * memory owned by this object, because TFLite reads the weights from them for the interpreter's whole life. Not
 * thread-safe: owned by one estimator on one inference thread, which also closes it.
 */
final class JavaCppTfLiteModel implements AutoCloseable {

    private final String name;
    // Owned native objects, closed in reverse order of creation: the interpreter uses all the others.
    private final BytePointer modelBytes;
    private final FlatBufferModel model;
    private final BuiltinOpResolver resolver;
    private final InterpreterBuilder builder;
    private final Interpreter interpreter;
    private final FloatBuffer input;
    private final Map<String, FloatBuffer> outputsByName = new HashMap<>();
    private boolean closed;

    private JavaCppTfLiteModel(String name, BytePointer modelBytes, FlatBufferModel model, BuiltinOpResolver resolver,
            int threads, int[] expectedInputShape) {
        this.name = name;
        this.modelBytes = modelBytes;
        this.model = model;
        this.resolver = resolver;
        builder = new InterpreterBuilder(model, resolver);
        interpreter = new Interpreter((Pointer) null);
        // The builder's thread count also becomes XNNPACK's, which TFLite applies at AllocateTensors.
        if (builder.SetNumThreads(threads) != tensorflowlite.kTfLiteOk
                || builder.apply(interpreter) != tensorflowlite.kTfLiteOk || interpreter.isNull()
                || interpreter.AllocateTensors() != tensorflowlite.kTfLiteOk) {
            close();
            throw new ModelLoadException("Model " + name + " cannot be run by TensorFlow Lite (it may be damaged or "
                    + "need operations this program lacks); run `mvn package` again to fetch and verify the models.");
        }
        TfLiteTensor in = interpreter.input_tensor(0);
        int[] shape = dims(in);
        if (in.type() != tensorflowlite.kTfLiteFloat32 || !Arrays.equals(shape, expectedInputShape)) {
            close();
            throw new ModelLoadException("Model " + name + " takes input " + Arrays.toString(shape) + ", expected "
                    + Arrays.toString(expectedInputShape) + "; it is not the MediaPipe Hands model of that name. "
                    + "Run `mvn package` again to fetch and verify the models.");
        }
        input = floats(in);
        try (IntPointer outputs = interpreter.outputs()) {
            for (long i = 0; i < outputs.limit(); i++) {
                TfLiteTensor t = interpreter.output_tensor(i);
                outputsByName.put(t.name().getString(), floats(t));
            }
        }
    }

    /** Loads a model with XNNPACK from a folder, or from models/ on the classpath when the folder is null. */
    static JavaCppTfLiteModel load(Path modelsDir, String fileName, int threads, int[] expectedInputShape) {
        return load(modelsDir, fileName, threads, expectedInputShape, true);
    }

    /** As {@link #load(Path, String, int, int[])}; without XNNPACK TFLite runs its own kernels op by op. */
    static JavaCppTfLiteModel load(Path modelsDir, String fileName, int threads, int[] expectedInputShape,
            boolean xnnpack) {
        String shown = modelsDir != null ? modelsDir.resolve(fileName).toString()
                : "models/" + fileName + " (inside the program)";
        byte[] bytes = readBytes(modelsDir, fileName, shown);
        if (bytes.length == 0) {
            throw new ModelLoadException("Model " + shown + " is empty; run `mvn package` again to fetch the models.");
        }
        loadNatives();
        BytePointer nativeBytes = new BytePointer(bytes);
        FlatBufferModel model = FlatBufferModel.VerifyAndBuildFromBuffer(nativeBytes, bytes.length);
        if (model == null || model.isNull()) {
            nativeBytes.close();
            throw new ModelLoadException("Model " + shown + " is damaged or is not a TensorFlow Lite model; "
                    + "run `mvn package` again to fetch and verify the models.");
        }
        BuiltinOpResolver resolver = xnnpack ? new BuiltinOpResolverWithXNNPACK(true)
                : new BuiltinOpResolverWithoutDefaultDelegates();
        return new JavaCppTfLiteModel(shown, nativeBytes, model, resolver, threads, expectedInputShape);
    }

    private static byte[] readBytes(Path modelsDir, String fileName, String shown) {
        if (modelsDir != null) {
            try {
                return Files.readAllBytes(modelsDir.resolve(fileName));
            } catch (NoSuchFileException e) {
                throw new ModelLoadException("Model file " + shown + " is missing; run `mvn package` to fetch the "
                        + "models, or choose a models folder that contains " + fileName + ".", e);
            } catch (IOException e) {
                throw new ModelLoadException("Model file " + shown + " cannot be read (" + e.getMessage() + ").", e);
            }
        }
        try (InputStream in = JavaCppTfLiteModel.class.getResourceAsStream("/models/" + fileName)) {
            if (in == null) {
                throw new ModelLoadException("Model " + shown + " is missing; build the program with "
                        + "`mvn package`, which fetches and packs the models.");
            }
            return in.readAllBytes();
        } catch (IOException e) {
            throw new ModelLoadException("Model " + shown + " cannot be read (" + e.getMessage() + ").", e);
        }
    }

    /** JavaCPP loads the library when the presets' classes are first used; a failure there is a plain message here. */
    private static void loadNatives() {
        try {
            Loader.load(tensorflowlite.class);
        } catch (UnsatisfiedLinkError | NoClassDefFoundError | ExceptionInInitializerError e) {
            throw new ModelLoadException("Hand tracking is not available: TensorFlow Lite's library for "
                    + System.getProperty("os.name") + " " + System.getProperty("os.arch") + " could not be loaded ("
                    + e.getMessage() + "); rebuild MirrorHand on this computer with `mvn -DskipTests package`. "
                    + "Mirror therapy, guided imagery and My progress still work.", e);
        }
    }

    private static int[] dims(TfLiteTensor t) {
        TfLiteIntArray d = t.dims();
        int[] shape = new int[d.size()];
        for (int i = 0; i < shape.length; i++) {
            shape[i] = d.data(i);
        }
        return shape;
    }

    /** A view onto the tensor's own memory; valid while the interpreter lives, as no tensor is ever resized. */
    private static FloatBuffer floats(TfLiteTensor t) {
        return t.data().f().capacity(t.bytes() / Float.BYTES).asByteBuffer().order(ByteOrder.nativeOrder())
                .asFloatBuffer();
    }

    /** The input tensor as floats, written by absolute puts before {@link #invoke()}. */
    FloatBuffer input() {
        return input;
    }

    /** An output tensor by its name in the model (e.g. "Identity"), read by absolute gets after {@link #invoke()}. */
    FloatBuffer output(String tensorName) {
        FloatBuffer b = outputsByName.get(tensorName);
        if (b == null) {
            throw new ModelLoadException("Model " + name + " has no output " + tensorName + " (it has "
                    + outputsByName.keySet() + "); run `mvn package` again to fetch and verify the models.");
        }
        return b;
    }

    void invoke() {
        if (interpreter.Invoke() != tensorflowlite.kTfLiteOk) {
            throw new IllegalStateException("TensorFlow Lite failed to run model " + name + ".");
        }
    }

    /**
     * Whether the XNNPACK delegate took the whole graph: the execution plan is then one node, and that node belongs to
     * a delegate. Without it TFLite runs one node per operation.
     */
    boolean runsAsOneDelegateNode() {
        try (IntPointer plan = interpreter.execution_plan()) {
            if (plan.limit() != 1) {
                return false;
            }
            TfLiteDelegate delegate = interpreter.node_and_registration(plan.get(0)).first().delegate();
            return delegate != null && !delegate.isNull();
        }
    }

    /** Nodes in the execution plan, for saying what {@link #runsAsOneDelegateNode()} found. */
    long executionPlanSize() {
        try (IntPointer plan = interpreter.execution_plan()) {
            return plan.limit();
        }
    }

    String name() {
        return name;
    }

    @Override
    public void close() {
        if (closed) {
            return;
        }
        closed = true;
        interpreter.close();
        builder.close();
        resolver.close();
        model.close();
        modelBytes.close();
    }
}
