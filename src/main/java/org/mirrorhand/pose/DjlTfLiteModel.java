package org.mirrorhand.pose;

import java.io.IOException;
import java.io.InputStream;
import java.nio.ByteBuffer;
import java.nio.ByteOrder;
import java.nio.FloatBuffer;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.HashMap;
import java.util.Map;
import org.tensorflow.lite.Interpreter;
import org.tensorflow.lite.Tensor;

/**
 * One TensorFlow Lite model behind DJL's TFLite engine: the only class that touches the interpreter. Uses
 * org.tensorflow.lite.Interpreter directly (DJL's own model wrapper gives no options) with XNNPACK and a set number of
 * threads, and reuses one input buffer and one buffer per output for every call, so the hot path makes no garbage.
 * Not thread-safe: owned by one estimator on one inference thread.
 */
final class DjlTfLiteModel implements AutoCloseable {

    private final String name;
    private final ByteBuffer modelBytes; // the interpreter reads the model from here for its whole life
    private final Interpreter interpreter;
    private final ByteBuffer inputBytes;
    private final FloatBuffer input;
    private final ByteBuffer[] outputBytes;
    private final Map<Integer, Object> outputMap = new HashMap<>();
    private final Map<String, FloatBuffer> outputsByName = new HashMap<>();
    private final Object[] inputs = new Object[1];

    private DjlTfLiteModel(String name, ByteBuffer modelBytes, int threads, int[] expectedInputShape) {
        this.name = name;
        this.modelBytes = modelBytes;
        TfLiteRuntime.ensureLoaded();
        try {
            interpreter = new Interpreter(modelBytes,
                    new Interpreter.Options().setUseXNNPACK(true).setNumThreads(threads));
        } catch (IllegalArgumentException | IllegalStateException e) {
            throw new ModelLoadException("Model " + name + " is damaged or is not a TensorFlow Lite model ("
                    + e.getMessage() + "); run `mvn package` again to fetch and verify the models.", e);
        }
        int[] shape = interpreter.getInputTensor(0).shape();
        if (!Arrays.equals(shape, expectedInputShape)) {
            interpreter.close();
            throw new ModelLoadException("Model " + name + " takes input " + Arrays.toString(shape) + ", expected "
                    + Arrays.toString(expectedInputShape) + "; it is not the MediaPipe Hands model of that name. "
                    + "Run `mvn package` again to fetch and verify the models.");
        }
        inputBytes = ByteBuffer.allocateDirect(interpreter.getInputTensor(0).numBytes()).order(ByteOrder.nativeOrder());
        input = inputBytes.asFloatBuffer();
        inputs[0] = inputBytes;
        outputBytes = new ByteBuffer[interpreter.getOutputTensorCount()];
        for (int i = 0; i < outputBytes.length; i++) {
            Tensor t = interpreter.getOutputTensor(i);
            outputBytes[i] = ByteBuffer.allocateDirect(t.numBytes()).order(ByteOrder.nativeOrder());
            outputMap.put(i, outputBytes[i]);
            outputsByName.put(t.name(), outputBytes[i].asFloatBuffer());
        }
    }

    /** Loads a model from a folder, or from models/ on the classpath when the folder is null. */
    static DjlTfLiteModel load(Path modelsDir, String fileName, int threads, int[] expectedInputShape) {
        byte[] bytes;
        String shown;
        if (modelsDir != null) {
            Path file = modelsDir.resolve(fileName);
            shown = file.toString();
            try {
                bytes = Files.readAllBytes(file);
            } catch (NoSuchFileException e) {
                throw new ModelLoadException("Model file " + shown + " is missing; run `mvn package` to fetch the "
                        + "models, or choose a models folder that contains " + fileName + ".", e);
            } catch (IOException e) {
                throw new ModelLoadException("Model file " + shown + " cannot be read (" + e.getMessage() + ").", e);
            }
        } else {
            shown = "models/" + fileName + " (inside the program)";
            try (InputStream in = DjlTfLiteModel.class.getResourceAsStream("/models/" + fileName)) {
                if (in == null) {
                    throw new ModelLoadException("Model " + shown + " is missing; build the program with "
                            + "`mvn package`, which fetches and packs the models.");
                }
                bytes = in.readAllBytes();
            } catch (IOException e) {
                throw new ModelLoadException("Model " + shown + " cannot be read (" + e.getMessage() + ").", e);
            }
        }
        if (bytes.length == 0) {
            throw new ModelLoadException("Model " + shown + " is empty; run `mvn package` again to fetch the models.");
        }
        ByteBuffer direct = ByteBuffer.allocateDirect(bytes.length).order(ByteOrder.nativeOrder());
        direct.put(bytes).rewind();
        return new DjlTfLiteModel(shown, direct, threads, expectedInputShape);
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
        inputBytes.rewind();
        for (ByteBuffer b : outputBytes) {
            b.rewind();
        }
        interpreter.runForMultipleInputsOutputs(inputs, outputMap);
    }

    String name() {
        return name;
    }

    @Override
    public void close() {
        interpreter.close();
    }

    int modelSize() {
        return modelBytes.capacity();
    }
}
